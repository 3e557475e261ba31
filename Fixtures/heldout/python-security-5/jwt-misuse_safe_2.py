"""Azure Function verifying internal tokens with jwcrypto; the header is read only to pick the key."""
import json
import os

import azure.functions as func
import jwt as pyjwt
from jwcrypto import jwk, jwt

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)
with open(os.environ["SERVICE_JWKS"], encoding="utf-8") as fh:
    KEYS = jwk.JWKSet.from_json(fh.read())


def _verified_claims(bearer):
    kid = pyjwt.get_unverified_header(bearer).get("kid")
    key = KEYS.get_key(kid)
    if key is None:
        raise ValueError("unknown key id")
    token = jwt.JWT(jwt=bearer, key=key, algs=["ES256"], check_claims={"aud": "internal", "exp": None})
    return json.loads(token.claims)


@app.route(route="internal/whoami")
def whoami(req: func.HttpRequest) -> func.HttpResponse:
    bearer = req.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = _verified_claims(bearer)
    except ValueError:
        return func.HttpResponse("unauthorized", status_code=401)
    return func.HttpResponse(json.dumps({"sub": claims["sub"]}), mimetype="application/json")
