import os

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
REPORTS = os.path.realpath("/var/lib/reports")


@app.get("/reports/<path:name>")
def report(name):
    return send_from_directory(REPORTS, name)


@app.post("/reports/purge")
def purge():
    requested = request.form.get("name", "")
    candidate = os.path.realpath(os.path.join(REPORTS, requested))
    if not candidate.startswith(REPORTS + os.sep):
        abort(400)
    if not os.path.isfile(candidate):
        abort(404)
    os.unlink(candidate)
    return {"purged": os.path.basename(candidate)}
