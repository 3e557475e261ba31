"""Muffin app for the booking widget: origins from an allow-list."""
import os

import muffin

app = muffin.Application()
PARTNERS = frozenset(filter(None, os.environ.get("PARTNER_ORIGINS", "").split(",")))


def _cors_headers(request):
    origin = request.headers.get("origin", "")
    if origin not in PARTNERS:
        return {}
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


@app.route("/widget/slots")
async def slots(request):
    response = muffin.ResponseJSON({"slots": ["09:00", "10:30"]})
    response.headers.update(_cors_headers(request))
    return response


@app.route("/widget/ping")
async def ping(request):
    response = muffin.ResponseText("ok")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
