"""Quart saved-search cookie: JSON signed with an HMAC, verified before use."""
import base64
import hashlib
import hmac
import json
import os

from quart import Quart, jsonify, request

from .search import run_search

app = Quart(__name__)

COOKIE_KEY = os.environ["SEARCH_COOKIE_KEY"].encode()


def restore_search(cookie_value):
    try:
        payload_b64, mac = (cookie_value or "").rsplit(".", 1)
    except ValueError:
        return {"terms": "", "filters": {}}
    payload = base64.urlsafe_b64decode(payload_b64)
    expected = hmac.new(COOKIE_KEY, payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, mac):
        return {"terms": "", "filters": {}}
    data = json.loads(payload)
    if not isinstance(data.get("terms"), str) or not isinstance(data.get("filters"), dict):
        return {"terms": "", "filters": {}}
    return data


@app.get("/search/again")
async def search_again():
    saved = restore_search(request.cookies.get("last_search"))
    return jsonify(results=await run_search(saved["terms"], saved["filters"]))
