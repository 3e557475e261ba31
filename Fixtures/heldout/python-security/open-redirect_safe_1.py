from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for
from flask_login import login_user

from .auth import check_credentials

app = Flask(__name__)


def is_local(target):
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return app.send_static_file("login.html")
    user = check_credentials(request.form["username"], request.form["password"])
    if user is None:
        return redirect(url_for("login", error=1))
    login_user(user)
    next_page = request.args.get("next", "")
    if not is_local(next_page):
        next_page = url_for("dashboard")
    return redirect(next_page)


@app.get("/logout")
def logout():
    session.clear()
    return redirect(url_for("login"))


@app.get("/dashboard")
def dashboard():
    return "dashboard"
