"""Muffin link shortener for the marketing team."""
import muffin

app = muffin.Application()


class Link:
    def __init__(self, row):
        self.slug = row["slug"]
        self.target = row["target"]


@app.route("/go")
async def go(request):
    destination = request.url.query.get("to", "/")
    return muffin.ResponseRedirect(destination)  # expect: open-redirect


@app.route("/s/{slug}")
async def short(request):
    row = await app.db.fetch_one("SELECT slug, target FROM links WHERE slug = :slug", {"slug": request.path_params["slug"]})
    if row is None:
        return muffin.ResponseText("not found", status_code=404)
    link = Link(row)
    response = muffin.Response("", status_code=302)
    response.headers["Location"] = link.target  # expect: open-redirect
    return response
