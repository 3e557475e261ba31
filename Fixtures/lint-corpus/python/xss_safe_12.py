"""Search page served by exposed handler methods, escaped or sent as plain text."""
from html import escape

import cherrypy
from blacksheep import html


class Search:
    @cherrypy.expose
    def index(self, q=""):
        return "<h1>Results for " + escape(q) + "</h1>"

    @cherrypy.expose
    def plain(self, q=""):
        return "No results for " + q


async def share(request):
    name = request.query.get("from", ["a friend"])[0]
    return html(f"<div class='card'>{escape(name)} shared this page.</div>")
