import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/ping")
def ping():
    host = request.args.get("host", "")
    result = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, text=True)
    return {"output": result.stdout}


@app.route("/tools/lookup", methods=["POST"])
def lookup():
    domain = request.form["domain"]
    output = subprocess.check_output("nslookup " + shlex.quote(domain), shell=True, text=True)
    return {"output": output}


@app.route("/tools/count")
def count():
    n = int(request.args.get("n", "1"))
    return {"output": subprocess.getoutput(f"seq {n} | wc -l")}
