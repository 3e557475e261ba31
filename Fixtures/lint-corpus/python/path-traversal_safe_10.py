from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
SPOOL = Path("/var/spool/scans").resolve()


@app.post("/scans")
def upload_scan():
    upload = request.files["scan"]
    target = (SPOOL / upload.filename).resolve()
    if SPOOL not in target.parents:
        abort(400)
    with target.open("wb") as out:
        out.write(upload.read())
    return "", 201
