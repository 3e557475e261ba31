from urllib.parse import urlparse

from flask import Blueprint, abort, redirect, request

bp = Blueprint("links", __name__)
TRUSTED_HOSTS = {"docs.example.com"}


@bp.route("/docs")
def docs():
    page = request.args.get("page", "")
    target = request.args.get("target", "")
    if urlparse(page).netloc not in TRUSTED_HOSTS:
        abort(400)
    return redirect(target)  # expect: open-redirect


@bp.route("/continue")
def continue_to():
    url = request.args.get("url", "/")
    if request.args.get("strict"):
        if urlparse(url).netloc not in TRUSTED_HOSTS:
            abort(400)
    return redirect(url)  # expect: open-redirect
