import secrets

from flask import Flask, make_response, redirect, request

from .auth import authenticate, store_session

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # expect: insecure-cookie


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect("/login?error=1")
    sid = secrets.token_urlsafe(32)
    store_session(sid, user.id)
    resp = make_response(redirect("/"))
    resp.set_cookie("sid", sid, max_age=3600)  # expect: insecure-cookie
    return resp


@app.post("/remember")
def remember():
    token = secrets.token_hex(24)
    resp = make_response("", 204)
    resp.set_cookie("remember_me", token, max_age=30 * 24 * 3600, httponly=True, secure=False)  # expect: insecure-cookie
    return resp
