"""Chalice custom authorizer for the fleet API (tokens issued by the identity service)."""
import os

import jwt
from chalice import AuthResponse, Chalice

app = Chalice(app_name="fleet-api")

JWKS = jwt.PyJWKClient(os.environ["FLEET_JWKS_URL"])
AUDIENCE = "fleet-api"


def _claims(token):
    key = JWKS.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        options={"require": ["exp", "sub", "aud"]},
    )


@app.authorizer()
def fleet_auth(auth_request):
    token = auth_request.token.replace("Bearer ", "", 1)
    claims = _claims(token)
    routes = ["/vehicles/*"]
    if "admin" in claims.get("roles", []):
        routes.append("/admin/*")
    return AuthResponse(routes=routes, principal_id=claims["sub"])
