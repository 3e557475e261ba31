import shlex
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    result = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True)
    return jsonify({"status": result.returncode, "output": result.stdout})


@app.route("/archive", methods=["POST"])
def archive():
    folder = shlex.quote(request.form["folder"])
    result = subprocess.run(f"tar czf /srv/backups/{folder}.tar.gz /srv/data/{folder}", shell=True)
    return jsonify({"code": result.returncode})


@app.route("/count")
def count():
    lines = int(request.args.get("lines", 10))
    output = subprocess.check_output(f"tail -n {lines} /var/log/app.log", shell=True)
    return output
