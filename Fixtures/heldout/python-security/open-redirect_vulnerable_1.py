from flask import Flask, redirect, request, session, url_for
from flask_login import login_user

from .auth import check_credentials

app = Flask(__name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return app.send_static_file("login.html")
    user = check_credentials(request.form["username"], request.form["password"])
    if user is None:
        return redirect(url_for("login", error=1))
    login_user(user)
    next_page = request.args.get("next") or url_for("dashboard")
    return redirect(next_page)  # expect: open-redirect


@app.get("/logout")
def logout():
    session.clear()
    target = request.referrer or "/"
    return redirect(target)  # expect: open-redirect


@app.get("/dashboard")
def dashboard():
    return "dashboard"
