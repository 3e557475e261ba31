"""Reports of a Flask inventory app, built as HTML strings by hand."""
from flask import Flask, request

from .db import find_items

app = Flask(__name__)


@app.route("/search")
def search():
    term = request.args.get("q", "")
    rows = find_items(term)
    page = "<h1>Results</h1>"
    page += f"<p>You searched for {term}</p>"
    for row in rows:
        page += "<div>%s</div>" % row.name
    return page  # expect: xss


@app.route("/labels")
def labels():
    names = request.args.getlist("name")
    parts = []
    for name in names:
        parts.append("<li>{}</li>".format(name))
    html = "<ul>" + "".join(parts) + "</ul>"
    return html  # expect: xss


@app.route("/banner")
def banner():
    message = request.cookies.get("banner", "Welcome")
    markup = "<div class='banner'>" + message + "</div>"
    return markup  # expect: xss
