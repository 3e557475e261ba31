import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    pattern = request.args["q"]
    out = subprocess.run(["grep", "-r", "--", pattern, "/srv/docs"], capture_output=True, text=True).stdout
    return {"matches": out.splitlines()}


@app.route("/count")
def count():
    pattern = request.args["q"]
    cmd = shlex.join(["grep", "-rc", "--", pattern, "/srv/docs"])
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
    return {"counts": out.splitlines()}
