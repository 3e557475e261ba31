"""Git helpers of a deployment dashboard: every value checked before it meets a shell."""
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
DRY_RUN = False
SERVICES = {"web", "worker", "scheduler"}


@app.post("/tags")
def tags():
    prefix = request.form["prefix"]
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", prefix):
        abort(400)
    return subprocess.check_output(f"git tag -l '{prefix}*'", shell=True, text=True)


@app.post("/checkout")
def checkout():
    branch = request.form["branch"]
    if re.match(r"^[a-z0-9/_-]+$", branch) is None:
        abort(400)
    cmd = "git fetch origin && git checkout " + branch
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


@app.post("/logs")
def logs():
    lines = request.form.get("lines", "100")
    if not lines.isdigit():
        abort(400)
    return subprocess.check_output("journalctl -n " + lines + " -u app", shell=True, text=True)


@app.post("/restart")
def restart():
    service = request.form["service"]
    if service not in SERVICES:
        abort(404)
    if DRY_RUN:
        return "would restart " + service
    subprocess.run(f"systemctl restart {service}", shell=True, check=True)
    return "restarted"


@app.post("/debug-shell")
def debug_shell():
    command = request.form["command"]
    if DRY_RUN:
        return subprocess.check_output(command, shell=True)
    abort(403)
