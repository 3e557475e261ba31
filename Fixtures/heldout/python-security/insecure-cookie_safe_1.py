import secrets

from flask import Flask, make_response, redirect, request

from .auth import authenticate, store_session

app = Flask(__name__)
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect("/login?error=1")
    sid = secrets.token_urlsafe(32)
    store_session(sid, user.id)
    resp = make_response(redirect("/"))
    resp.set_cookie("sid", sid, max_age=3600, secure=True, httponly=True, samesite="Lax")
    return resp


@app.post("/theme")
def theme():
    resp = make_response("", 204)
    resp.set_cookie("theme", "dark", max_age=365 * 24 * 3600, secure=True, httponly=True, samesite="Strict")
    return resp
