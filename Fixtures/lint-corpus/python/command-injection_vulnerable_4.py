import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/ping")
def ping():
    host = request.args.get("host", "")
    result = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)  # expect: command-injection
    return {"output": result.stdout}


@app.route("/tools/lookup", methods=["POST"])
def lookup():
    domain = request.form["domain"]
    cmd = "nslookup "
    cmd += domain
    with os.popen(cmd) as pipe:  # expect: command-injection
        return {"output": pipe.read()}


@app.route("/tools/archive", methods=["POST"])
def archive():
    payload = request.get_json()
    parts = ["tar", "czf", "/srv/backups/out.tgz", payload["dir"]]
    subprocess.check_output(" ".join(parts), shell=True)  # expect: command-injection
    return {"ok": True}
