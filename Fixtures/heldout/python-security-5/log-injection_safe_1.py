"""CherryPy login page that records failed attempts with neutralised values."""
import logging

import cherrypy

from .accounts import check_password, user_id_for

log = logging.getLogger("auth")


def _one_line(value, limit=80):
    return value.replace("\r", "\\r").replace("\n", "\\n")[:limit]


class Login:
    @cherrypy.expose
    def submit(self, username="", password=""):
        agent = cherrypy.request.headers.get("User-Agent", "-")
        result = check_password(username, password)
        if result == "locked":
            log.warning("locked account %s tried again from %s", _one_line(username), _one_line(agent))
            raise cherrypy.HTTPError(423)
        if result != "ok":
            log.info("login refused for user id %d", user_id_for(username) or 0)
            raise cherrypy.HTTPError(401)
        raise cherrypy.HTTPRedirect("/home")
