"""Quart search page answered as hand-built HTML."""
from quart import Quart, Response, request

app = Quart(__name__)


@app.get("/search")
async def search():
    term = request.args.get("q", "")
    page = "<h1>Results for " + term + "</h1>"
    return Response(page, mimetype="text/html")  # expect: xss
