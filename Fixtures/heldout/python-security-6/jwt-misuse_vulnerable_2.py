"""Django Ninja bearer auth for the reporting API, on PyJWT."""
import os

import jwt
from ninja import NinjaAPI
from ninja.security import HttpBearer

SIGNING_KEY = os.environ["REPORTS_JWT_KEY"]


class ReportsBearer(HttpBearer):
    def authenticate(self, request, token):
        header = jwt.get_unverified_header(token)
        claims = jwt.decode(token, SIGNING_KEY, algorithms=[header["alg"]])  # expect: jwt-misuse
        return claims.get("sub")


api = NinjaAPI(auth=ReportsBearer())


def service_token(name):
    return jwt.encode({"sub": name, "svc": True}, None, algorithm="none")  # expect: jwt-misuse


@api.get("/reports/latest")
def latest(request):
    return {"owner": request.auth, "reports": []}
