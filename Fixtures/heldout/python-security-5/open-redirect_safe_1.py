"""CherryPy sign-in that only follows local paths."""
from urllib.parse import urlsplit

import cherrypy

from .accounts import check_password, start_session


def _local_path(target):
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


class Auth:
    @cherrypy.expose
    def login(self, email="", password="", return_to="/"):
        if cherrypy.request.method == "POST" and check_password(email, password):
            start_session(email)
            raise cherrypy.HTTPRedirect(_local_path(return_to))
        return open("templates/login.html").read()
