from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
SPOOL = Path("/var/spool/scans")


@app.post("/scans")
def upload_scan():
    upload = request.files["scan"]
    target = SPOOL / upload.filename
    with target.open("wb") as out:  # expect: path-traversal
        out.write(upload.read())
    return "", 201
