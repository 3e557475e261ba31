"""Sanic service exposing shipment tracking."""
try:
    import orjson as fastjson
except ImportError:
    import json as fastjson

from sanic import Sanic
from sanic.response import json

from .tracking import lookup_shipment

app = Sanic("tracking", dumps=fastjson.dumps)


@app.get("/shipments/<code:str>")
async def shipment(request, code: str):
    found = await lookup_shipment(code)
    if found is None:
        return json({"error": "unknown shipment"}, status=404)
    return json({"code": code, "status": found.status})
