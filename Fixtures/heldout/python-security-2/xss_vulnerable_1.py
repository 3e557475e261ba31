"""Tiny aiohttp status board: shows build results filtered by branch."""
from aiohttp import web


def render_rows(builds, highlight):
    rows = []
    for b in builds:
        cls = "hl" if b["author"] == highlight else ""
        rows.append(f"<tr class='{cls}'><td>{b['id']}</td><td>{b['status']}</td></tr>")
    return "\n".join(rows)


async def board(request: web.Request) -> web.Response:
    branch = request.query.get("branch", "main")
    who = request.query.get("author", "")
    builds = await request.app["ci"].recent(branch)
    parts = ["<html><body>"]
    parts.append("<h1>Builds on " + branch + "</h1>")
    parts.append("<table>" + render_rows(builds, who) + "</table>")
    if not builds:
        parts.append(f"<p>No builds yet for <b>{branch}</b>.</p>")
    parts.append("</body></html>")
    return web.Response(text="".join(parts), content_type="text/html")  # expect: xss


async def not_found(request: web.Request) -> web.Response:
    return web.Response(  # expect: xss
        text="<p>Unknown page: %s</p>" % request.path,
        content_type="text/html",
        status=404,
    )


app = web.Application()
app.router.add_get("/board", board)
app.router.add_get("/{tail:.*}", not_found)
