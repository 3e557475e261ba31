"""Theme and backup handlers of a small CMS: checks that do not keep paths in their folder."""
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file, send_from_directory

bp = Blueprint("files", __name__)
THEMES = Path("/srv/cms/themes")
BACKUPS = "/srv/cms/backups"


@bp.get("/themes/css")
def theme_css():
    name = request.args["theme"]
    if ".." in name:
        abort(400)
    return (THEMES / name / "style.css").read_text()  # expect: path-traversal


@bp.get("/backups")
def backup():
    name = request.args["name"]
    if ".." in name:
        abort(400)
    return send_file(os.path.join(BACKUPS, name))  # expect: path-traversal


@bp.get("/backups/exists")
def backup_exists():
    name = request.args["name"]
    full = os.path.join(BACKUPS, name)
    return {"exists": os.path.exists(full)}  # expect: path-traversal


@bp.get("/site/<site>/static/<path:filename>")
def site_static(site, filename):
    root = os.path.join("/srv/cms/sites", site, "static")
    return send_from_directory(root, filename)  # expect: path-traversal
