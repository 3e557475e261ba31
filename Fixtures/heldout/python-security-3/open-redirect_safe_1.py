from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for

from .auth import check_credentials

app = Flask(__name__)


def safe_next(raw, fallback):
    if not raw:
        return fallback
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc or not raw.startswith("/") or raw.startswith("//") or "\\" in raw:
        return fallback
    return raw


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    session["uid"] = user.id
    return redirect(safe_next(request.args.get("next"), url_for("dashboard")))
