"""CherryPy login page that records failed attempts."""
import logging

import cherrypy

from .accounts import check_password

log = logging.getLogger("auth")


def _describe(username, reason):
    return "login refused for {} ({})".format(username, reason)


class Login:
    @cherrypy.expose
    def submit(self, username="", password=""):
        agent = cherrypy.request.headers.get("User-Agent", "-")
        result = check_password(username, password)
        if result == "locked":
            log.warning("locked account %s tried again from %s", username, agent)  # expect: log-injection
            raise cherrypy.HTTPError(423)
        if result != "ok":
            log.info(_describe(username, result))  # expect: log-injection
            raise cherrypy.HTTPError(401)
        raise cherrypy.HTTPRedirect("/home")
