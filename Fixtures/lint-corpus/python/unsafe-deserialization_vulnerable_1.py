import base64
import pickle

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart", methods=["POST"])
def restore_cart():
    blob = base64.b64decode(request.cookies.get("cart", ""))
    cart = pickle.loads(blob)  # expect: unsafe-deserialization
    return jsonify({"items": len(cart)})


@app.route("/config", methods=["POST"])
def upload_config():
    text = request.get_data(as_text=True)
    config = yaml.load(text, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return jsonify(config)
