from urllib.parse import urljoin

import requests
import urllib3
from flask import Flask, jsonify, request

app = Flask(__name__)
pool = urllib3.PoolManager()
API_BASE = "https://api.example.com/"


@app.route("/proxy")
def proxy():
    path = request.args.get("path", "")
    resp = requests.get(urljoin(API_BASE, path), timeout=5)  # expect: ssrf
    return jsonify(resp.json())


@app.route("/check")
def check():
    target = request.args["url"]
    resp = pool.request("GET", target, timeout=5.0)  # expect: ssrf
    return jsonify(status=resp.status)
