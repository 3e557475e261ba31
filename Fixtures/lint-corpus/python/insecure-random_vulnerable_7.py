"""Account flows of a small Flask shop: login codes, remember-me cookies, invitations."""
import random
import string

from flask import Flask, jsonify, make_response, request, session

from .mail import send_mail
from .models import Invitation, db

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.post("/login/code")
def send_login_code():
    email = request.form["email"]
    code = random.randint(100000, 999999)  # expect: insecure-random
    session["pending_code"] = code
    send_mail(email, "Your code", f"Your login code is {code}")
    return jsonify(sent=True)


@app.post("/login/remember")
def remember_me():
    chars = [random.choice(ALPHABET) for _ in range(40)]  # expect: insecure-random
    value = "".join(chars)
    response = make_response(jsonify(ok=True))
    response.set_cookie("remember", value, max_age=30 * 24 * 3600, httponly=True, secure=True, samesite="Lax")
    return response


@app.post("/invitations")
def invite():
    email = request.json["email"]
    suffix = random.getrandbits(48)  # expect: insecure-random
    invitation = Invitation(email=email, invite_code="%012x" % suffix)
    db.session.add(invitation)
    db.session.commit()
    return jsonify(id=invitation.id)


def _digits(n):
    return "".join(str(random.randrange(10)) for _ in range(n))  # expect: insecure-random


@app.post("/reset")
def start_reset():
    email = request.form["email"]
    pin = _digits(8)
    db.session.add(PasswordReset(email=email, reset_code=pin))
    db.session.commit()
    return jsonify(sent=True)
