import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORT_DIR = os.path.realpath("/srv/exports")


@app.route("/exports/download")
def download_export():
    name = request.args.get("name", "")
    path = os.path.realpath(os.path.join(EXPORT_DIR, name))
    if not path.startswith(EXPORT_DIR + os.sep):
        abort(404)
    return send_file(path)


@app.route("/exports/delete", methods=["POST"])
def delete_export():
    name = request.form["name"]
    if ".." in name or name.startswith("/"):
        abort(400)
    os.remove(os.path.join(EXPORT_DIR, name))
    return "", 204
