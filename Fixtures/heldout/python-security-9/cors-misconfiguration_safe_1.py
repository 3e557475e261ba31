import json
import os

from werkzeug.wrappers import Request, Response

from .inventory import list_parts

TRUSTED_ORIGINS = frozenset(
    origin.strip()
    for origin in os.environ.get("PARTS_UI_ORIGINS", "https://parts.example.com").split(",")
    if origin.strip()
)


def cors_headers(request):
    origin = request.headers.get("Origin", "")
    if origin not in TRUSTED_ORIGINS:
        return {"Vary": "Origin"}
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, OPTIONS",
        "Vary": "Origin",
    }


@Request.application
def application(request):
    headers = cors_headers(request)
    if request.method == "OPTIONS":
        return Response(status=204, headers=headers)
    body = json.dumps({"parts": list_parts(request.args.get("shop", "main"))})
    return Response(body, mimetype="application/json", headers=headers)
