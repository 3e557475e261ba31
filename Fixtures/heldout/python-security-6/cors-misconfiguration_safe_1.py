"""Emmett application serving the partner dashboard API."""
import os

from emmett import App, request, response

app = App(__name__)

ALLOWED_ORIGINS = frozenset(
    origin.strip() for origin in os.environ.get("PARTNER_ORIGINS", "").split(",") if origin.strip()
)


def _allow(origin):
    if origin not in ALLOWED_ORIGINS:
        return
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Vary"] = "Origin"


@app.route("/api/balances", methods=["get", "options"])
async def balances():
    _allow(request.headers.get("origin", ""))
    return {"balances": []}
