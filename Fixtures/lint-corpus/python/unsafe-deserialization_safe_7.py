"""Same shape as a pickle restore, but every loader here reads data only."""
from json import loads
from tomllib import loads as load_toml

import yaml as yml
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    state = loads(request.get_data())
    return {"keys": sorted(state)}


@app.route("/settings", methods=["POST"])
def settings():
    config = yml.safe_load(request.get_data())
    extra = load_toml(request.get_data(as_text=True))
    return {**config, **extra}
