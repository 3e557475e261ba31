"""Redirect helpers of a Flask app whose checks let other hosts through."""
from flask import Blueprint, redirect, request

bp = Blueprint("links", __name__)


@bp.get("/continue")
def continue_to():
    target = request.args.get("next", "/")
    if target.startswith("/"):
        return redirect(target)  # expect: open-redirect
    return redirect("/")


@bp.get("/out")
def outbound():
    link = {"url": request.args["url"], "source": "newsletter"}
    return redirect(link["url"])  # expect: open-redirect
