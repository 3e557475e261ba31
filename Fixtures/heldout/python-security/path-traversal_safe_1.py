import os
from pathlib import Path

from flask import Flask, abort, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_ROOT = Path("/srv/app/uploads").resolve()
REPORT_DIR = os.path.realpath("/srv/app/reports")


@app.get("/files/<path:name>")
def download(name):
    target = (UPLOAD_ROOT / name).resolve()
    if not target.is_relative_to(UPLOAD_ROOT) or not target.is_file():
        abort(404)
    return send_file(target)


@app.get("/reports")
def report():
    year = int(request.args.get("year", "2024"))
    fname = request.args["file"]
    path = os.path.realpath(os.path.join(REPORT_DIR, str(year), fname))
    if not path.startswith(REPORT_DIR + os.sep):
        abort(400)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}


@app.delete("/files/<name>")
def delete(name):
    victim = UPLOAD_ROOT / secure_filename(name)
    if victim.exists():
        victim.unlink()
    return "", 204
