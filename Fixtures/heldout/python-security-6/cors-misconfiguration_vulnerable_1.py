"""Emmett application serving the partner dashboard API."""
from emmett import App, request, response

app = App(__name__)


@app.on_error(404)
async def not_found():
    return {"error": "not found"}


def _allow(origin):
    response.headers["Access-Control-Allow-Origin"] = origin  # expect: cors-misconfiguration
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Vary"] = "Origin"


@app.route("/api/balances", methods=["get", "options"])
async def balances():
    origin = request.headers.get("origin", "")
    if origin:
        _allow(origin)
    return {"balances": []}
