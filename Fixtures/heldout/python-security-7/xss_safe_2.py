"""Muffin pages of the recipe site; every value is escaped before it joins the page."""
from html import escape

import muffin

app = muffin.Application()


def _page(title, body):
    return "<html><head><title>%s</title></head><body>%s</body></html>" % (escape(title), body)


@app.route("/search")
async def search(request):
    term = request.url.query.get("q", "")
    results = await app.db.search(term)
    items = "".join("<li>" + escape(r["title"]) + "</li>" for r in results)
    return muffin.ResponseHTML(_page("Search", "<h1>Results for " + escape(term) + "</h1><ul>" + items + "</ul>"))


@app.route("/r/{slug}")
async def recipe(request):
    slug = request.path_params["slug"]
    row = await app.db.recipe(slug)
    if row is None:
        return muffin.ResponseText(f"No recipe called {slug}", status_code=404)
    return muffin.ResponseJSON(row)
