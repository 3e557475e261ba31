import subprocess as sp
from os import popen, system
from subprocess import getoutput

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    system("ping -c 1 " + host)  # expect: command-injection
    return {"ok": True}


@app.route("/whois")
def whois():
    domain = request.args.get("domain", "")
    with popen(f"whois {domain}") as pipe:  # expect: command-injection
        return {"output": pipe.read()}


@app.route("/du")
def disk_usage():
    folder = request.args.get("folder", ".")
    return {"output": getoutput("du -sh " + folder)}  # expect: command-injection


@app.route("/tail")
def tail():
    log = request.args.get("log", "app.log")
    return {"output": sp.check_output("tail -n 50 /var/log/" + log, shell=True, text=True)}  # expect: command-injection
