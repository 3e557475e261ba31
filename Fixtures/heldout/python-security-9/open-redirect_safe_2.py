from datasette import hookimpl
from datasette.utils.asgi import Response

DESTINATIONS = {
    "docs": "https://docs.example.org/",
    "status": "https://status.example.org/",
    "changelog": "/-/changelog",
}


async def follow_link(datasette, request):
    target = DESTINATIONS.get(request.url_vars["slug"])
    if target is None:
        return Response.text("unknown link", status=404)
    return Response.redirect(target)


@hookimpl
def register_routes():
    return [(r"^/go/(?P<slug>[a-z0-9-]+)$", follow_link)]
