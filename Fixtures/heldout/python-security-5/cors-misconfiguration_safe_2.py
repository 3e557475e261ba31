"""CherryPy tool that answers CORS for the partner widget from an allow-list."""
import cherrypy

PARTNER_ORIGINS = frozenset({
    "https://shop.partner-one.example",
    "https://www.partner-two.example",
})


def partner_cors():
    origin = cherrypy.request.headers.get("Origin", "")
    headers = cherrypy.response.headers
    headers["Vary"] = "Origin"
    if origin in PARTNER_ORIGINS:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"


def public_cors():
    cherrypy.response.headers["Access-Control-Allow-Origin"] = "*"


cherrypy.tools.partner_cors = cherrypy.Tool("before_finalize", partner_cors)
cherrypy.tools.public_cors = cherrypy.Tool("before_finalize", public_cors)


class Widget:
    @cherrypy.expose
    @cherrypy.tools.partner_cors()
    @cherrypy.tools.json_out()
    def config(self, widget_id=""):
        return {"id": widget_id, "theme": "light"}

    @cherrypy.expose
    @cherrypy.tools.public_cors()
    def version(self):
        return "5.2.0"
