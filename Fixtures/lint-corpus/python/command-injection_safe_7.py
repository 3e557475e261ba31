from os import system
from shlex import quote
from subprocess import run

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    system("ping -c 1 " + quote(host))
    return {"ok": True}


@app.route("/whois")
def whois():
    domain = request.args.get("domain", "")
    result = run(["whois", "--", domain], capture_output=True, text=True)
    return {"output": result.stdout}
