import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"
ALLOWED_EXTENSIONS = {".csv", ".xlsx"}


@app.route("/exports/download")
def download_export():
    name = request.args.get("name", "")
    _, ext = os.path.splitext(name)
    if ext not in ALLOWED_EXTENSIONS:
        abort(400)
    return send_file(os.path.join(EXPORT_DIR, name))  # expect: path-traversal


@app.route("/exports/delete", methods=["POST"])
def delete_export():
    path = os.path.join(EXPORT_DIR, request.form["name"])
    if not path.startswith(EXPORT_DIR):
        abort(400)
    os.remove(path)  # expect: path-traversal
    return "", 204
