import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/thumb/<name>")
def thumb(name):
    size = request.args.get("size", "128")
    os.system("convert uploads/%s -resize %sx%s thumbs/%s" % (name, size, size, name))  # expect: command-injection
    return {"ok": True}


@app.route("/search")
def search():
    pattern = request.args["q"]
    cmd = " ".join(["grep", "-r", pattern, "/srv/docs"])
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, text=True)  # expect: command-injection
    out, _ = proc.communicate()
    return {"matches": out.splitlines()}
