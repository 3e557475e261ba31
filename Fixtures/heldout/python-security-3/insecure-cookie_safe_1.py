import os

from flask import Flask, jsonify, make_response, request

from .auth import issue_token, verify_login

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Strict"}


@app.post("/api/login")
def api_login():
    creds = request.get_json(force=True)
    user = verify_login(creds.get("email"), creds.get("password"))
    if user is None:
        return jsonify({"error": "invalid credentials"}), 401
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("access_token", issue_token(user), max_age=3600, **COOKIE_FLAGS)
    if creds.get("remember"):
        resp.set_cookie(
            "remember_me",
            issue_token(user, days=30),
            max_age=30 * 24 * 3600,
            secure=True,
            httponly=True,
            samesite="Lax",
        )
    return resp
