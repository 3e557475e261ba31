"""CherryPy login handler for the intranet wiki."""
import secrets

import cherrypy

from .accounts import check_password, remember_device


class Login:
    @cherrypy.expose
    def index(self, username="", password="", remember=""):
        if cherrypy.request.method != "POST":
            return open("templates/login.html").read()
        if not check_password(username, password):
            raise cherrypy.HTTPError(401)
        jar = cherrypy.response.cookie
        jar["wiki_session"] = secrets.token_urlsafe(32)  # expect: insecure-cookie
        jar["wiki_session"]["path"] = "/"
        if remember:
            jar["remember_me"] = remember_device(username)  # expect: insecure-cookie
            jar["remember_me"]["max-age"] = 60 * 60 * 24 * 30
            jar["remember_me"]["secure"] = False
        raise cherrypy.HTTPRedirect("/")
