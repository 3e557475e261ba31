import random
import secrets
import string
import time

from flask import Flask, jsonify, request

from .mail import send_mail
from .store import featured_products, save_reset, save_user

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


def make_code(length=8):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


@app.post("/users")
def create_user():
    data = request.get_json()
    initial = secrets.token_urlsafe(12)
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


@app.get("/api/featured")
def featured():
    products = featured_products()
    random.shuffle(products)
    return jsonify(products[:4])
