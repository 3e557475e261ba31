import secrets
import string

from flask import Flask, jsonify, session

app = Flask(__name__)


def new_session_token():
    return secrets.token_urlsafe(32)


@app.route("/login", methods=["POST"])
def login():
    session["token"] = new_session_token()
    return jsonify({"ok": True})


def password_reset_code():
    return f"{secrets.randbelow(1_000_000):06d}"


def temporary_password(length=12):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
