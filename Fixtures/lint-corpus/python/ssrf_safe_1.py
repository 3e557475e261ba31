from urllib.parse import quote

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
API = "https://api.github.com"


@app.route("/repos")
def user_repos():
    user = quote(request.args.get("user", ""), safe="")
    reply = requests.get(f"{API}/users/{user}/repos", timeout=5)
    return jsonify([repo["name"] for repo in reply.json()])


@app.route("/weather")
def weather():
    city = request.args.get("city", "London")
    reply = requests.get("https://api.weather.example/v1/current", params={"city": city}, timeout=5)
    return jsonify(reply.json())


@app.route("/item")
def item():
    item_id = int(request.args.get("id", 0))
    if item_id <= 0:
        abort(400)
    reply = requests.get(f"https://inventory.internal.example/items/{item_id}", timeout=5)
    return jsonify(reply.json())
