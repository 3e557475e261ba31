import os

from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    filename = request.args.get("file")
    path = os.path.join(UPLOAD_DIR, filename)
    return send_file(path)  # expect: path-traversal


@app.route("/notes/<user>")
def notes(user):
    note = request.args["note"]
    with open(f"/srv/notes/{user}/{note}.txt") as handle:  # expect: path-traversal
        return handle.read()


@app.route("/avatar", methods=["DELETE"])
def delete_avatar():
    name = request.form["avatar"]
    os.remove(UPLOAD_DIR + "/avatars/" + name)  # expect: path-traversal
    return "", 204
