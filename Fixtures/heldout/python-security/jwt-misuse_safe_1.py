import os

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]


def current_claims():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    token = header[len("Bearer "):]
    try:
        return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], audience="api")
    except jwt.InvalidTokenError:
        abort(401)


@app.before_request
def load_user():
    if request.endpoint != "health":
        g.claims = current_claims()


@app.get("/api/me")
def me():
    return jsonify(sub=g.claims["sub"], roles=g.claims.get("roles", []))


@app.get("/api/token-info")
def token_info():
    token = request.args.get("token", "")
    header = jwt.get_unverified_header(token)
    return jsonify(alg=header.get("alg"), kid=header.get("kid"))


@app.get("/health")
def health():
    return "ok"
