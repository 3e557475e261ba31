"""Quart proxy to the public geocoding API; the user only picks the query text and a region."""
import os

import httpx
from quart import Quart, abort, jsonify, request

app = Quart(__name__)

GEOCODER = "https://geocode.example-maps.com/v2/search"
REGION_ENDPOINTS = {
    "eu": "https://eu.geocode.example-maps.com/v2/search",
    "us": "https://us.geocode.example-maps.com/v2/search",
}


@app.get("/geocode")
async def geocode():
    text = request.args.get("q", "")
    if not text:
        abort(400)
    endpoint = REGION_ENDPOINTS.get(request.args.get("region", ""), GEOCODER)
    params = {"text": text, "limit": 5, "key": os.environ["GEOCODER_KEY"]}
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(endpoint, params=params)
    resp.raise_for_status()
    return jsonify(resp.json())
