"""Muffin pages of the recipe site."""
import muffin

app = muffin.Application()


def _page(title, body):
    return "<html><head><title>%s</title></head><body>%s</body></html>" % (title, body)


@app.route("/search")
async def search(request):
    term = request.url.query.get("q", "")
    results = await app.db.search(term)
    items = "".join("<li>" + r["title"] + "</li>" for r in results)
    return muffin.ResponseHTML(_page("Search", "<h1>Results for " + term + "</h1><ul>" + items + "</ul>"))  # expect: xss


@app.route("/r/{slug}")
async def recipe(request):
    slug = request.path_params["slug"]
    row = await app.db.recipe(slug)
    if row is None:
        return muffin.ResponseHTML(f"<p>No recipe called {slug}</p>", status_code=404)  # expect: xss
    return muffin.ResponseJSON(row)
