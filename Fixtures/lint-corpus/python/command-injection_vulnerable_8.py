"""Shell commands through renamed imports."""
import subprocess as sp
from os import system as shell

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args["host"]
    out = sp.check_output("ping -c 1 " + host, shell=True)  # expect: command-injection
    return out


@app.route("/lookup")
def lookup():
    name = request.args["name"]
    shell(f"nslookup {name}")  # expect: command-injection
    return "ok"
