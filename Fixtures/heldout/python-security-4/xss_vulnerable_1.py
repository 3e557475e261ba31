"""Quart search page for the internal wiki."""
from quart import Quart, Response, request

from .search import search_titles

app = Quart(__name__)


def result_list(hits):
    items = []
    for hit in hits:
        items.append('<li><a href="/wiki/%s">%s</a></li>' % (hit.slug, hit.title))
    return "<ul>" + "".join(items) + "</ul>"


@app.get("/search")
async def search():
    term = request.args.get("q", "")
    hits = await search_titles(term)
    heading = f"<h2>{len(hits)} results for <em>{term}</em></h2>"
    page = "<html><body>" + heading + result_list(hits) + "</body></html>"
    return Response(page, mimetype="text/html")  # expect: xss


@app.errorhandler(404)
async def not_found(_error):
    missing = request.path
    return f"<html><body><p>No page at {missing}</p><a href='/'>home</a></body></html>", 404  # expect: xss
