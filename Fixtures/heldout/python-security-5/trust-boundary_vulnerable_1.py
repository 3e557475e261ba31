"""CherryPy checkout steps kept in the server-side session."""
import cherrypy

from .pricing import quote


class Checkout:
    @cherrypy.expose
    def plan(self, plan="basic", seats="1", role="member"):
        cherrypy.session["plan"] = plan  # expect: trust-boundary
        cherrypy.session["seats"] = int(seats)  # expect: trust-boundary
        cherrypy.session["role"] = role  # expect: trust-boundary
        raise cherrypy.HTTPRedirect("/checkout/review")

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def review(self):
        return quote(cherrypy.session.get("plan"), cherrypy.session.get("seats", 1))


cherrypy.config.update({"tools.sessions.on": True, "tools.sessions.secure": True, "tools.sessions.httponly": True})
