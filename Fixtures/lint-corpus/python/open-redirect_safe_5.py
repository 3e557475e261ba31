from urllib.parse import urlparse

from flask import Blueprint, abort, redirect, request, url_for

bp = Blueprint("auth", __name__)
TRUSTED_HOSTS = {"app.example.com", "admin.example.com"}


def is_safe_redirect_url(target):
    host = urlparse(target).netloc
    return not host or host in TRUSTED_HOSTS


@bp.route("/logout")
def logout():
    target = request.args.get("next")
    if target and not is_safe_redirect_url(target):
        target = None
    return redirect(target or url_for("auth.login"))


@bp.route("/switch-account")
def switch_account():
    destination = request.args.get("to", "/")
    allowed = urlparse(destination).netloc in TRUSTED_HOSTS
    if not allowed:
        abort(400)
    return redirect(destination)


@bp.route("/login")
def login():
    return "login form"
