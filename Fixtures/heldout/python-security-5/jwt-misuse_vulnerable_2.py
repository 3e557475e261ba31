"""Azure Functions for internal service calls: inspect and mint service tokens."""
import json
import time

import azure.functions as func
import jwt

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)


def _claims(bearer):
    return jwt.decode(bearer, options={"verify_signature": False, "verify_exp": True})  # expect: jwt-misuse


def _service_token(subject):
    payload = {"sub": subject, "iat": int(time.time()), "scope": "internal"}
    return jwt.encode(payload, None, algorithm="none")  # expect: jwt-misuse


@app.route(route="internal/whoami")
def whoami(req: func.HttpRequest) -> func.HttpResponse:
    bearer = req.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = _claims(bearer)
    if "admin" not in claims.get("roles", []):
        return func.HttpResponse("forbidden", status_code=403)
    body = {"sub": claims["sub"], "downstream": _service_token(claims["sub"])}
    return func.HttpResponse(json.dumps(body), mimetype="application/json")
