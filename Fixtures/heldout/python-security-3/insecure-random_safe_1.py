import secrets
import string
from datetime import datetime, timedelta, timezone

from flask import Flask, jsonify, request, session

from .models import PasswordReset, User, db

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits
sysrand = secrets.SystemRandom()


def make_token(length=32):
    return "".join(sysrand.choice(ALPHABET) for _ in range(length))


@app.post("/password/forgot")
def forgot():
    user = User.query.filter_by(email=request.form.get("email", "")).first()
    if user is not None:
        expires = datetime.now(timezone.utc) + timedelta(hours=1)
        db.session.add(PasswordReset(user_id=user.id, token=make_token(), expires_at=expires))
        db.session.commit()
    return jsonify({"sent": True})


@app.get("/form/token")
def form_token():
    session["csrf_token"] = secrets.token_hex(16)
    return jsonify({"csrf_token": session["csrf_token"]})
