import jwt
from jose import jwt as jose_jwt
from flask import g, request

PUBLIC_KEY = open("/etc/app/jwt.pub").read()


def claims_from(token):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, PUBLIC_KEY, algorithms=[header.get("alg", "RS256")])  # expect: jwt


def load_caller():
    token = request.headers.get("Authorization", "")[7:]
    claims = jose_jwt.get_unverified_claims(token)  # expect: jwt
    g.user_id = claims["sub"]
