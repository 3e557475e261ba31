import os
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    command = "ping -c 3 " + host
    status = os.system(command)  # expect: command-injection
    return jsonify({"status": status})


@app.route("/archive", methods=["POST"])
def archive():
    folder = request.form["folder"]
    result = subprocess.run(f"tar czf /srv/backups/{folder}.tar.gz /srv/data/{folder}", shell=True, capture_output=True)  # expect: command-injection
    return jsonify({"code": result.returncode})


@app.route("/lookup")
def lookup():
    domain = request.args["domain"]
    output = subprocess.check_output("nslookup {}".format(domain), shell=True)  # expect: command-injection
    return output
