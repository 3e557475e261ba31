import base64
import pickle

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


class Cart:
    def __init__(self):
        self.items = {}

    def total(self):
        return sum(qty * price for qty, price in self.items.values())


def load_cart(raw):
    if not raw:
        return Cart()
    return pickle.loads(base64.urlsafe_b64decode(raw))  # expect: unsafe-deserialization


@app.get("/cart")
def show_cart():
    cart = load_cart(request.cookies.get("cart"))
    return jsonify({"items": list(cart.items), "total": cart.total()})


@app.post("/pipelines/import")
def import_pipeline():
    spec = yaml.load(request.get_data(as_text=True), Loader=yaml.UnsafeLoader)  # expect: unsafe-deserialization
    return jsonify({"name": spec.get("name"), "steps": len(spec.get("steps", []))})
