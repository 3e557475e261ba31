"""Network tools of an admin panel: commands built up from form fields."""
import os
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/trace")
def trace():
    host = request.form["host"]
    if not re.match(r"[a-z0-9.-]+", host):
        abort(400)
    return subprocess.check_output("traceroute " + host, shell=True, text=True)  # expect: command-injection


@app.post("/dig")
def dig():
    args = ["dig", "+short"]
    args.append(request.form["name"])
    args.append(request.form.get("type", "A"))
    script = " ".join(args)
    result = subprocess.run(["/bin/sh", "-c", script], capture_output=True, text=True)  # expect: command-injection
    return result.stdout


@app.post("/whois")
def whois():
    domain = request.form["domain"]
    with os.popen(f"whois {domain}") as pipe:  # expect: command-injection
        return pipe.read()


@app.post("/archive")
def archive():
    folder = request.form["folder"]
    command = ["bash", "-c"]
    command.append("tar czf /tmp/out.tgz " + folder)
    subprocess.run(command, check=True)  # expect: command-injection
    return "ok"
