"""Sign-in for a class-based app: the redirect target comes from the form."""
import cherrypy

from .accounts import check_password


class Auth:
    @cherrypy.expose
    def login(self, email="", password="", return_to="/"):
        if check_password(email, password):
            raise cherrypy.HTTPRedirect(return_to)  # expect: open-redirect
        return "try again"
