"""Django Ninja bearer auth for the reporting API, on joserfc."""
import os

from joserfc import jwt
from joserfc.jwk import OctKey
from ninja import NinjaAPI
from ninja.security import HttpBearer

SIGNING_KEY = OctKey.import_key(os.environ["REPORTS_JWT_KEY"])
CLAIMS = jwt.JWTClaimsRegistry(iss={"essential": True, "value": "reports"}, exp={"essential": True})


class ReportsBearer(HttpBearer):
    def authenticate(self, request, token):
        decoded = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"])
        CLAIMS.validate(decoded.claims)
        return decoded.claims.get("sub")


api = NinjaAPI(auth=ReportsBearer())


@api.get("/reports/latest")
def latest(request):
    return {"owner": request.auth, "reports": []}
