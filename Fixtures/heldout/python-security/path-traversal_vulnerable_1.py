import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
UPLOAD_ROOT = Path("/srv/app/uploads")
REPORT_DIR = "/srv/app/reports"


@app.get("/files/<path:name>")
def download(name):
    target = UPLOAD_ROOT / name
    if not target.exists():
        abort(404)
    return send_file(target)  # expect: path-traversal


@app.get("/reports")
def report():
    year = request.args.get("year", "2024")
    fname = request.args["file"]
    path = os.path.join(REPORT_DIR, year, fname)
    with open(path, encoding="utf-8") as fh:  # expect: path-traversal
        return fh.read(), 200, {"Content-Type": "text/plain"}


@app.delete("/files/<path:name>")
def delete(name):
    user_dir = UPLOAD_ROOT / request.headers.get("X-User", "anonymous")
    victim = user_dir.joinpath(name)
    victim.unlink()  # expect: path-traversal
    return "", 204
