"""CherryPy checkout: the session holds values looked up on the server."""
import time

import cherrypy

from .accounts import authenticate
from .pricing import PLANS, quote


class Checkout:
    @cherrypy.expose
    def login(self, email="", password=""):
        user = authenticate(email, password)
        if user is None:
            raise cherrypy.HTTPError(401)
        cherrypy.session["user_id"] = user.id
        cherrypy.session["role"] = user.role
        cherrypy.session["since"] = int(time.time())
        raise cherrypy.HTTPRedirect("/checkout")

    @cherrypy.expose
    def plan(self, plan="basic"):
        if plan not in PLANS:
            raise cherrypy.HTTPError(400)
        cherrypy.session["plan"] = PLANS[plan].id
        raise cherrypy.HTTPRedirect("/checkout/review")

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def review(self):
        return quote(cherrypy.session.get("plan"), 1)
