import pickle

import joblib
import numpy as np
import pandas as pd
import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/models", methods=["POST"])
def upload_model():
    model = torch.load(request.files["model"])  # expect: unsafe-deserialization
    return {"layers": len(list(model.children()))}


@app.route("/arrays", methods=["POST"])
def upload_array():
    data = np.load(request.files["array"], allow_pickle=True)  # expect: unsafe-deserialization
    return {"shape": list(data.shape)}


@app.route("/frames", methods=["POST"])
def upload_frame():
    frame = pd.read_pickle(request.files["frame"])  # expect: unsafe-deserialization
    return {"rows": len(frame)}


@app.route("/estimators", methods=["POST"])
def upload_estimator():
    estimator = joblib.load(request.files["estimator"])  # expect: unsafe-deserialization
    return {"type": type(estimator).__name__}


@app.route("/state", methods=["POST"])
def upload_state():
    state = pickle.load(request.files["state"])  # expect: unsafe-deserialization
    return {"keys": list(state)}
