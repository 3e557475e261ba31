from json import loads

from flask import Flask, request
from yaml import SafeLoader, load, safe_load

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    settings = load(request.data, Loader=SafeLoader)
    return {"keys": list(settings)}


@app.route("/config/simple", methods=["POST"])
def simple_config():
    return {"keys": list(safe_load(request.data))}


@app.route("/state", methods=["POST"])
def state():
    obj = loads(request.data)
    return {"type": type(obj).__name__}
