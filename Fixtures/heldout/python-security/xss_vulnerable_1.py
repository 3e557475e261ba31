from flask import Flask, make_response, request

app = Flask(__name__)

PAGE_HEAD = "<!doctype html><html><head><title>Search</title></head><body>"


def render_results(query, results):
    out = PAGE_HEAD
    out += f"<h1>Results for {query}</h1><ul>"
    out += "".join("<li>{}</li>".format(item) for item in results)
    out += "</ul></body></html>"
    return out


@app.get("/search")
def search():
    q = request.args.get("q", "")
    hits = [title for title in ("Intro to Flask", "Templates", "Testing") if q.lower() in title.lower()]
    html = render_results(q, hits)
    return make_response(html)  # expect: xss


@app.errorhandler(404)
def not_found(_err):
    return "<p>No page at %s</p>" % request.path, 404  # expect: xss
