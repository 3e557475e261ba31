"""CherryPy sign-in and sign-out pages for the help centre."""
import cherrypy

from .accounts import check_password, start_session, end_session


class Auth:
    @cherrypy.expose
    def login(self, email="", password="", return_to="/"):
        if cherrypy.request.method == "POST" and check_password(email, password):
            start_session(email)
            raise cherrypy.HTTPRedirect(return_to)  # expect: open-redirect
        return open("templates/login.html").read()

    def _after_logout(self, params):
        target = params.get("then") or cherrypy.request.headers.get("Referer", "/")
        return target

    @cherrypy.expose
    def logout(self, **params):
        end_session()
        raise cherrypy.HTTPRedirect(self._after_logout(params), 303)  # expect: open-redirect
