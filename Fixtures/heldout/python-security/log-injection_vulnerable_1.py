import logging

from flask import Flask, jsonify, request

from .auth import authenticate

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    username = request.form.get("username", "")
    user = authenticate(username, request.form.get("password", ""))
    if user is None:
        log.warning("failed login for user %s from %s", username, request.remote_addr)  # expect: log-injection
        return jsonify(ok=False), 401
    log.info(f"user {username} logged in")  # expect: log-injection
    return jsonify(ok=True)


@app.post("/password-reset")
def password_reset():
    email = request.get_json().get("email", "")
    agent = request.headers.get("User-Agent", "-")
    message = "password reset requested for " + email + " (agent: " + agent + ")"
    app.logger.info(message)  # expect: log-injection
    return jsonify(sent=True)
