"""Session restore that imports its loaders by name and under aliases."""
from marshal import loads as unmarshal
from pickle import loads

import yaml as yml
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    state = loads(request.get_data())  # expect: unsafe-deserialization
    return {"keys": sorted(state)}


@app.route("/code", methods=["POST"])
def load_code():
    code = unmarshal(request.get_data())  # expect: unsafe-deserialization
    return {"names": list(code.co_names)}


@app.route("/settings", methods=["POST"])
def settings():
    config = yml.load(request.get_data(), Loader=yml.Loader)  # expect: unsafe-deserialization
    return config
