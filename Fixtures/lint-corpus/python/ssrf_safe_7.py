import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PARTNERS = {"acme": "https://hooks.acme.example/notify", "globex": "https://globex.example/api/hook"}


@app.route("/notify/<partner>", methods=["POST"])
def notify(partner):
    if partner not in PARTNERS:
        abort(404)
    resp = requests.post(PARTNERS[partner], json=request.get_json(), timeout=5)
    return jsonify(status=resp.status_code)


@app.route("/items/<int:item_id>")
def item(item_id):
    resp = requests.get(f"https://inventory.internal/items/{item_id}", timeout=5)
    return jsonify(resp.json())
