import json

import msgpack
import numpy as np
import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/models", methods=["POST"])
def upload_model():
    weights = torch.load(request.files["model"], weights_only=True)
    return {"tensors": len(weights)}


@app.route("/arrays", methods=["POST"])
def upload_array():
    data = np.load(request.files["array"])
    return {"shape": list(data.shape)}


@app.route("/events", methods=["POST"])
def upload_events():
    events = msgpack.unpackb(request.data, raw=False)
    meta = json.load(request.files["meta"])
    return {"count": len(events), "meta": meta}
