"""Sanic service exposing shipment tracking."""
import json
from sanic import Sanic
from sanic.response import json  # expect: redefined-unused-name

from .tracking import lookup_shipment

app = Sanic("tracking")


@app.get("/shipments/<code:str>")
async def shipment(request, code: str):
    found = await lookup_shipment(code)
    if found is None:
        return json({"error": "unknown shipment"}, status=404)
    return json({"code": code, "status": found.status, "eta": found.eta.isoformat()})


@app.get("/health")
async def health(request):
    return json({"ok": True})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, access_log=False)
