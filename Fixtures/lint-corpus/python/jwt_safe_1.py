import jwt
from flask import Flask, request

app = Flask(__name__)
PUBLIC_KEY = open("public.pem").read()


def current_user():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")
    return claims["sub"]


def issue(sub, key):
    return jwt.encode({"sub": sub}, key, algorithm="HS256")


def key_id(token):
    return jwt.get_unverified_header(token).get("kid")
