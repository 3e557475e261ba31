"""Login and logout redirects of a Flask app, kept on this site."""
from flask import Blueprint, redirect, request, session, url_for

from .accounts import check_password

bp = Blueprint("auth", __name__)


def _local_target(default="/"):
    target = request.args.get("next") or default
    if not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    return target


@bp.post("/login")
def login():
    if not check_password(request.form["user"], request.form["password"]):
        return redirect(url_for("auth.login_form"))
    return redirect(_local_target())


@bp.get("/logout")
def logout():
    session.clear()
    back = request.args.get("back", "")
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)
    return redirect(url_for("index"))


@bp.get("/switch")
def switch():
    targets = {"home": "/", "settings": "/settings", "help": "https://help.example.com/"}
    choice = {"dest": targets.get(request.args.get("to"), "/"), "from": request.referrer}
    return redirect(choice["dest"])
