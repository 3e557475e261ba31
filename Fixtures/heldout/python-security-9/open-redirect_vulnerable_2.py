from datasette import hookimpl
from datasette.utils.asgi import Response


async def follow_link(datasette, request):
    slug = request.url_vars["slug"]
    db = datasette.get_database("links")
    result = await db.execute("select target from short_links where slug = ?", [slug])
    row = result.first()
    if row is None:
        return Response.text("unknown link", status=404)
    await db.execute_write("update short_links set hits = hits + 1 where slug = ?", [slug])
    return Response.redirect(row["target"])  # expect: open-redirect


@hookimpl
def register_routes():
    return [(r"^/go/(?P<slug>[a-z0-9-]+)$", follow_link)]
