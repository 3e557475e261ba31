from html import escape

from flask import Flask, make_response, request

app = Flask(__name__)

PAGE_HEAD = "<!doctype html><html><head><title>Search</title></head><body>"


def render_results(query, results):
    out = PAGE_HEAD
    out += f"<h1>Results for {escape(query)}</h1><ul>"
    out += "".join("<li>{}</li>".format(escape(item)) for item in results)
    out += "</ul></body></html>"
    return out


@app.get("/search")
def search():
    q = request.args.get("q", "")
    hits = [title for title in ("Intro to Flask", "Templates", "Testing") if q.lower() in title.lower()]
    html = render_results(q, hits)
    return make_response(html)


@app.errorhandler(404)
def not_found(_err):
    resp = make_response("No page at %s" % request.path, 404)
    resp.mimetype = "text/plain"
    return resp
