import os

from flask import Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    filename = request.args.get("file", "")
    return send_from_directory(UPLOAD_DIR, filename)


@app.route("/notes")
def notes():
    note = secure_filename(request.args["note"])
    with open(os.path.join("/srv/notes", note + ".txt")) as handle:
        return handle.read()


@app.route("/avatar", methods=["DELETE"])
def delete_avatar():
    name = os.path.basename(request.form["avatar"])
    os.remove(os.path.join(UPLOAD_DIR, "avatars", name))
    return "", 204


@app.route("/invoice")
def invoice():
    number = int(request.args.get("n", 0))
    if number <= 0:
        abort(404)
    with open(f"/srv/invoices/{number}.pdf", "rb") as handle:
        return handle.read()
