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
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-misuse


@app.before_request
def load_user():
    if request.endpoint != "health":
        g.claims = current_claims()


@app.get("/api/me")
def me():
    return jsonify(sub=g.claims["sub"], roles=g.claims.get("roles", []))


@app.get("/api/admin/export")
def export():
    token = request.cookies.get("admin_token", "")
    claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256", "none"])  # expect: jwt-misuse
    if "admin" not in claims.get("roles", []):
        abort(403)
    return jsonify(ok=True)


@app.get("/health")
def health():
    return "ok"
