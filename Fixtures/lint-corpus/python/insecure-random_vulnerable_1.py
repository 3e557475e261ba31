import random
import string

from flask import Flask, jsonify, session

app = Flask(__name__)


def new_session_token():
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(32))  # expect: insecure-random


@app.route("/login", methods=["POST"])
def login():
    session["token"] = new_session_token()
    return jsonify({"ok": True})


def password_reset_code():
    return str(random.randint(100000, 999999))  # expect: insecure-random
