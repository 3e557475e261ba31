import os
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request

app = Flask(__name__)
SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
AUDIENCE = "orders-api"


def read_claims(token):
    return jwt.decode(
        token,
        SIGNING_KEY,
        algorithms=["HS256"],
        audience=AUDIENCE,
        options={"require": ["exp", "sub"]},
        leeway=30,
    )


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return jsonify({"error": "missing token"}), 401
        try:
            g.claims = read_claims(auth[7:])
        except jwt.InvalidTokenError:
            return jsonify({"error": "invalid token"}), 401
        return view(*args, **kwargs)

    return wrapper


@app.get("/me")
@login_required
def me():
    return jsonify({"user": g.claims["sub"], "roles": g.claims.get("roles", [])})
