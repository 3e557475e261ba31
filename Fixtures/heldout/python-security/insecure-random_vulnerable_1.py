import random
import string
import time

from flask import Flask, jsonify, request

from .mail import send_mail
from .store import save_reset, save_user

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


def make_code(length=8):
    return "".join(random.choice(ALPHABET) for _ in range(length))  # expect: insecure-random


@app.post("/users")
def create_user():
    data = request.get_json()
    initial = "".join(random.choices(ALPHABET, k=12))  # expect: insecure-random
    save_user(data["email"], initial)
    send_mail(data["email"], f"Your initial login: {initial}")
    return jsonify(created=True), 201


@app.post("/reset")
def reset():
    email = request.get_json()["email"]
    code = make_code()
    save_reset(email, code, expires=time.time() + 900)
    send_mail(email, f"Reset code: {code}")
    return jsonify(sent=True)


@app.get("/api/session")
def new_session():
    sid = "%032x" % random.getrandbits(128)  # expect: insecure-random
    resp = jsonify(ok=True)
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax")
    return resp
