"""CherryPy knowledge-base search page."""
import cherrypy

from .kb import search_articles


def _results_html(articles):
    items = ["<li><a href='/kb/%d'>%s</a></li>" % (a.id, a.title) for a in articles]
    return "<ul>" + "".join(items) + "</ul>"


class KnowledgeBase:
    @cherrypy.expose
    def search(self, q=""):
        articles = search_articles(q)
        heading = "<h1>Results for " + q + "</h1>"
        return heading + _results_html(articles)  # expect: xss

    @cherrypy.expose
    def default(self, *path):
        cherrypy.response.status = 404
        return f"<p>No article at /{'/'.join(path)}</p>"  # expect: xss
