"""Quart search page: the term is escaped, and the plain-text echo is not HTML."""
import html

from quart import Quart, Response, request

app = Quart(__name__)


@app.get("/search")
async def search():
    term = request.args.get("q", "")
    page = "<h1>Results for " + html.escape(term) + "</h1>"
    return Response(page, mimetype="text/html")


@app.get("/echo")
async def echo():
    return Response(request.args.get("q", ""), mimetype="text/plain")
