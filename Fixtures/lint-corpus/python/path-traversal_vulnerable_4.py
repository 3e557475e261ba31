import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
UPLOAD_ROOT = Path("/srv/uploads")


@app.route("/avatar")
def avatar():
    user_file = request.args.get("file", "")
    return send_file(UPLOAD_ROOT / user_file)  # expect: path-traversal


@app.route("/notes", methods=["POST"])
def save_note():
    data = request.json
    path = os.path.join("/srv/notes", data["title"] + ".txt")
    with open(path, "w") as fh:  # expect: path-traversal
        fh.write(data["body"])
    return {"saved": True}


@app.route("/logs")
def read_log():
    name = request.headers.get("X-Log-Name", "app.log")
    if ".." in name:
        abort(400)
    with open(os.path.join("/var/log/app", name)) as fh:  # expect: path-traversal
        return {"log": fh.read()}
