import logging

from flask import Flask, jsonify, request

from .auth import authenticate

app = Flask(__name__)
log = logging.getLogger("auth")


def clean(value, limit=64):
    return value.replace("\r", "\\r").replace("\n", "\\n")[:limit]


@app.post("/login")
def login():
    username = request.form.get("username", "")
    user = authenticate(username, request.form.get("password", ""))
    if user is None:
        log.warning("failed login for user %s from %s", clean(username), request.remote_addr)
        return jsonify(ok=False), 401
    log.info("user id %d logged in", user.id)
    return jsonify(ok=True)


@app.post("/password-reset")
def password_reset():
    email = request.get_json().get("email", "")
    agent = clean(request.headers.get("User-Agent", "-"), 200)
    message = "password reset requested for " + clean(email) + " (agent: " + agent + ")"
    app.logger.info(message)
    return jsonify(sent=True)
