from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)

REPORTS = Path("/srv/reports").resolve()


def report_path(team, name):
    target = (REPORTS / team / name).resolve()
    try:
        target.relative_to(REPORTS / team)
    except ValueError:
        abort(404)
    return target


@app.get("/reports/<team>")
def report(team):
    return send_file(report_path(team, request.args.get("name", "")))
