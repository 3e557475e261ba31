"""The same reports, escaped: helpers of the project and values that are not text."""
from flask import Flask, request

from .db import find_items

app = Flask(__name__)


def html_escape(value):
    return (str(value).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;"))


@app.route("/search")
def search():
    term = request.args.get("q", "")
    rows = find_items(term)
    page = "<h1>Results</h1>"
    page += f"<p>You searched for {html_escape(term)}</p>"
    for row in rows:
        page += "<div>%s</div>" % html_escape(row.name)
    return page


@app.route("/count")
def count():
    limit = int(request.args.get("limit", "10"))
    page = "<p>Showing %d items</p>" % limit
    return page


@app.route("/api/labels")
def labels():
    names = request.args.getlist("name")
    payload = {"labels": names, "count": len(names)}
    return payload
