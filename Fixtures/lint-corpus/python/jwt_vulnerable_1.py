import jwt
from flask import Flask, request

app = Flask(__name__)
PUBLIC_KEY = open("public.pem").read()


def current_user():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, PUBLIC_KEY)  # expect: jwt
    return claims["sub"]


def debug_token(sub):
    return jwt.encode({"sub": sub}, None, algorithm="none")  # expect: jwt


def lenient(token, key):
    return jwt.decode(token, key, algorithms=["HS256", "none"])  # expect: jwt


def insecure(token):
    return jwt.decode(token, options={"verify_signature": False})["sub"]  # expect: jwt
