from urllib.parse import quote

import httpx
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

FEEDS = {
    "news": "https://feeds.example.org/news.json",
    "releases": "https://feeds.example.org/releases.json",
}
GEOCODER = "https://geo.example.org/v1/search"


@app.get("/import")
def import_feed():
    name = request.args.get("feed", "news")
    url = FEEDS.get(name)
    if url is None:
        abort(404)
    resp = httpx.get(url, timeout=10)
    return jsonify(items=resp.json()[:20])


@app.get("/geocode")
def geocode():
    city = request.args.get("city", "")
    resp = httpx.get(GEOCODER + "?q=" + quote(city, safe=""), timeout=5)
    return jsonify(resp.json())


@app.get("/status/<service>")
def status(service):
    resp = httpx.get("https://status.example.org/api", params={"service": service}, timeout=5)
    return jsonify(resp.json())
