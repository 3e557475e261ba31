import json

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/session/restore", methods=["POST"])
def restore():
    state = json.loads(request.data)
    return {"keys": list(state)}


@app.route("/config", methods=["POST"])
def load_config():
    config = yaml.load(request.data, Loader=yaml.SafeLoader)
    return {"sections": list(config)}


@app.route("/config/multi", methods=["POST"])
def load_many():
    docs = list(yaml.safe_load_all(request.data))
    return {"count": len(docs)}
