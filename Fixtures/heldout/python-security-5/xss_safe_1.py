"""CherryPy knowledge-base search page with escaped values."""
from html import escape

import cherrypy

from .kb import search_articles


def _results_html(articles):
    items = ["<li><a href='/kb/%d'>%s</a></li>" % (a.id, escape(a.title)) for a in articles]
    return "<ul>" + "".join(items) + "</ul>"


class KnowledgeBase:
    @cherrypy.expose
    def search(self, q=""):
        articles = search_articles(q)
        heading = "<h1>Results for " + escape(q) + "</h1>"
        return heading + _results_html(articles)

    @cherrypy.expose
    def default(self, *path):
        cherrypy.response.status = 404
        cherrypy.response.headers["Content-Type"] = "text/plain; charset=utf-8"
        return "No article at /" + "/".join(path)
