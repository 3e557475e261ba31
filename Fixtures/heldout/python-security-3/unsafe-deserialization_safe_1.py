import base64
import hashlib
import hmac
import json
import os

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
CART_KEY = os.environ["CART_COOKIE_KEY"].encode()


def load_cart(raw):
    if not raw or "." not in raw:
        return {}
    body, sig = raw.rsplit(".", 1)
    expected = hmac.new(CART_KEY, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        abort(400)
    return json.loads(base64.urlsafe_b64decode(body))


@app.get("/cart")
def show_cart():
    cart = load_cart(request.cookies.get("cart"))
    return jsonify({"items": list(cart), "count": sum(cart.values())})


@app.post("/pipelines/import")
def import_pipeline():
    spec = yaml.safe_load(request.get_data(as_text=True)) or {}
    return jsonify({"name": spec.get("name"), "steps": len(spec.get("steps", []))})
