import html

from datasette import hookimpl
from datasette.utils.asgi import Response


async def guestbook(datasette, request):
    db = datasette.get_database("site")
    result = await db.execute("select author, message, created from guestbook order by created desc limit 50")
    items = []
    for row in result.rows:
        items.append("<article><h3>{}</h3><p>{}</p><time>{}</time></article>".format(
            html.escape(row["author"]), html.escape(row["message"]), html.escape(str(row["created"]))
        ))
    return Response.html("<main>" + "\n".join(items) + "</main>")


@hookimpl
def register_routes():
    return [(r"^/guestbook$", guestbook)]
