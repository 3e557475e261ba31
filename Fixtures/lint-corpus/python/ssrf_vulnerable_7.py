"""A link preview that fetches with functions imported by name."""
from flask import Flask, request
from requests import get as fetch
import httpx as hx

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    page = fetch(url, timeout=5)  # expect: ssrf
    return page.text[:200]


@app.route("/preview2")
def preview2():
    target = request.args["target"]
    return hx.get(target).text  # expect: ssrf
