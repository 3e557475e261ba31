"""Chalice custom authorizer for the fleet API (tokens issued by the identity service)."""
import jwt
from chalice import AuthResponse, Chalice

app = Chalice(app_name="fleet-api")


def _claims(token):
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-misuse


@app.authorizer()
def fleet_auth(auth_request):
    token = auth_request.token.replace("Bearer ", "", 1)
    claims = _claims(token)
    routes = ["/vehicles/*"]
    if "admin" in claims.get("roles", []):
        routes.append("/admin/*")
    return AuthResponse(routes=routes, principal_id=claims["sub"])


@app.route("/vehicles/{vid}", authorizer=fleet_auth)
def vehicle(vid):
    return {"id": vid}
