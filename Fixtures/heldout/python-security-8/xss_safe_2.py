"""aiohttp status page listing build results submitted by CI runners."""
from html import escape

from aiohttp import web

from .builds import latest_builds

routes = web.RouteTableDef()


def build_rows(builds):
    rows = ""
    for build in builds:
        rows += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (escape(build.branch), escape(build.status), escape(build.commit_message))
    return rows


@routes.get("/status")
async def status(request):
    project = request.query.get("project", "")
    page = f"<html><body><h1>Builds for {escape(project)}</h1><table>{build_rows(await latest_builds(project))}</table></body></html>"
    return web.Response(text=page, content_type="text/html")


app = web.Application()
app.add_routes(routes)
