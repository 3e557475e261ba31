"""Azure Function resuming a cart from an HMAC-signed JSON cookie."""
import base64
import hashlib
import hmac
import json
import os

import azure.functions as func

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
CART_KEY = os.environ["CART_COOKIE_KEY"].encode()


def _cart_from_cookie(cookie_header):
    for part in cookie_header.split(";"):
        name, _, value = part.strip().partition("=")
        if name != "cart" or "." not in value:
            continue
        payload, signature = value.rsplit(".", 1)
        expected = hmac.new(CART_KEY, payload.encode(), hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, signature):
            data = json.loads(base64.urlsafe_b64decode(payload))
            if isinstance(data, dict) and isinstance(data.get("items"), list):
                return data
    return {"items": []}


@app.route(route="cart", methods=["GET"])
def cart(req: func.HttpRequest) -> func.HttpResponse:
    contents = _cart_from_cookie(req.headers.get("Cookie", ""))
    return func.HttpResponse(json.dumps({"items": contents["items"]}), mimetype="application/json")
