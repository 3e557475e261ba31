from flask import Flask, make_response, request

from .search import run_search

app = Flask(__name__)


def render_results(term, results):
    rows = []
    for item in results:
        rows.append("<li><a href='/items/%d'>%s</a></li>" % (item.id, item.title))
    page = "<h1>Results for " + term + "</h1>"
    page += "<ul>" + "".join(rows) + "</ul>"
    return page


@app.get("/search")
def search():
    term = request.args.get("q", "")
    page = render_results(term, run_search(term))
    resp = make_response(page)  # expect: xss
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
