import pickle

import dill
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/session/restore", methods=["POST"])
def restore():
    state = pickle.loads(request.data)  # expect: unsafe-deserialization
    return {"keys": list(state)}


@app.route("/config", methods=["POST"])
def load_config():
    config = yaml.load(request.data, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return {"sections": list(config)}


@app.route("/jobs", methods=["POST"])
def submit_job():
    job = dill.loads(request.files["job"].read())  # expect: unsafe-deserialization
    return {"name": job.name}
