"""Fetches go to fixed hosts; `get` here is a cache lookup, not an HTTP client."""
from functools import lru_cache

from flask import Flask, request
from requests import get as fetch

app = Flask(__name__)
CACHE = {}


def get(key):
    return CACHE.get(key)


@app.route("/cached")
def cached():
    return {"value": get(request.args["key"])}


@lru_cache(maxsize=1)
def status():
    return fetch("https://status.example.com/api", timeout=5).json()
