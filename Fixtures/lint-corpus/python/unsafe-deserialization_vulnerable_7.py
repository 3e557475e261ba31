import pickle as pkl

from flask import Flask, request
from yaml import Loader, load, unsafe_load

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    settings = load(request.data, Loader=Loader)  # expect: unsafe-deserialization
    return {"keys": list(settings)}


@app.route("/config/legacy", methods=["POST"])
def legacy_config():
    settings = unsafe_load(request.data)  # expect: unsafe-deserialization
    return {"keys": list(settings)}


@app.route("/state", methods=["POST"])
def state():
    obj = pkl.loads(request.data)  # expect: unsafe-deserialization
    return {"type": type(obj).__name__}
