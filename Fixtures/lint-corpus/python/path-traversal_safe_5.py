import os

from flask import Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_ROOT = "/srv/uploads"


@app.route("/avatar")
def avatar():
    return send_from_directory(UPLOAD_ROOT, request.args.get("file", ""))


@app.route("/notes", methods=["POST"])
def save_note():
    data = request.json
    path = os.path.join("/srv/notes", secure_filename(data["title"]) + ".txt")
    with open(path, "w") as fh:
        fh.write(data["body"])
    return {"saved": True}


@app.route("/logs")
def read_log():
    name = request.headers.get("X-Log-Name", "app.log")
    base = os.path.realpath("/var/log/app")
    path = os.path.realpath(os.path.join(base, name))
    if not path.startswith(base + os.sep):
        abort(404)
    with open(path) as fh:
        return {"log": fh.read()}
