import os
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request

app = Flask(__name__)
SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]


def read_claims(token):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, SIGNING_KEY, algorithms=[header["alg"]])  # expect: jwt-misuse


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return jsonify({"error": "missing token"}), 401
        g.claims = read_claims(auth[7:])
        return view(*args, **kwargs)

    return wrapper


@app.get("/me")
@login_required
def me():
    return jsonify({"user": g.claims["sub"], "roles": g.claims.get("roles", [])})


@app.get("/support/lookup")
def support_lookup():
    token = request.args.get("t", "")
    claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": False})  # expect: jwt-misuse
    return jsonify({"ticket_owner": claims.get("sub"), "tier": claims.get("tier", "basic")})
