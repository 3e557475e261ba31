"""Attachment downloads of a help-desk app: names checked before they reach the disk."""
import os
import re

from flask import Blueprint, abort, request, send_file

bp = Blueprint("attachments", __name__)
ATTACHMENTS = "/var/lib/helpdesk/attachments"
EXPORTS = "/var/lib/helpdesk/exports"


@bp.get("/attachments/<ticket>/<name>")
def attachment(ticket, name):
    if ".." in name or ".." in ticket:
        abort(400)
    return send_file(ATTACHMENTS + "/" + ticket + "/" + name)


@bp.get("/exports")
def export_file():
    name = request.args.get("name", "")
    if ".." in name:
        abort(400)
    with open(f"{EXPORTS}/{name}", "rb") as handle:
        return handle.read()


@bp.get("/logs")
def log_file():
    day = request.args["day"]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        abort(400)
    return send_file(os.path.join("/var/log/helpdesk", day + ".log"))


@bp.get("/avatars")
def avatar():
    user = request.args["user"]
    if not user.isalnum():
        abort(404)
    path = os.path.join("/var/lib/helpdesk/avatars", user + ".png")
    if not os.path.exists(path):
        abort(404)
    return send_file(path)


@bp.get("/reports")
def report():
    requested = os.path.realpath(os.path.join(EXPORTS, request.args["file"]))
    if os.path.commonpath([requested, EXPORTS]) != EXPORTS:
        abort(403)
    return send_file(requested)
