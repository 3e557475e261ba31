import base64
import json
import pickle

import yaml
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/cart", methods=["POST"])
def restore_cart():
    cart = json.loads(base64.b64decode(request.cookies.get("cart", "e30=")))
    return jsonify({"items": len(cart)})


@app.route("/config", methods=["POST"])
def upload_config():
    config = yaml.safe_load(request.get_data(as_text=True))
    return jsonify(config)


@app.route("/export")
def export_cart():
    response = make_response(pickle.dumps({"items": []}))
    response.headers["Content-Type"] = "application/octet-stream"
    return response
