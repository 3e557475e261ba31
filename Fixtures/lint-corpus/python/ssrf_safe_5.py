from urllib.parse import urlparse

import httpx
import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


@app.route("/preview")
def preview():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    resp = requests.get(url, timeout=5)
    return jsonify(length=len(resp.content))


@app.route("/status")
def status():
    service_id = int(request.args.get("id", "0"))
    r = httpx.get(f"https://status.example.com/services/{service_id}", timeout=5)
    return jsonify(r.json())


@app.route("/search")
def search():
    r = requests.get("https://search.example.com/api", params={"q": request.args.get("q", "")}, timeout=5)
    return jsonify(r.json())
