"""Search page served by exposed handler methods and an html() response helper."""
import cherrypy
from blacksheep import html


class Search:
    @cherrypy.expose
    def index(self, q=""):
        return "<h1>Results for " + q + "</h1>"  # expect: xss


async def share(request):
    name = request.query.get("from", ["a friend"])[0]
    return html(f"<div class='card'>{name} shared this page.</div>")  # expect: xss
