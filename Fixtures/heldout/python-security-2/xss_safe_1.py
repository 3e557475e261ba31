"""Tiny aiohttp status board, values escaped before they enter the page."""
from html import escape

from aiohttp import web


def render_rows(builds, highlight):
    rows = []
    for b in builds:
        cls = "hl" if b["author"] == highlight else ""
        rows.append(
            f"<tr class='{cls}'><td>{escape(str(b['id']))}</td><td>{escape(b['status'])}</td></tr>"
        )
    return "\n".join(rows)


async def board(request: web.Request) -> web.Response:
    branch = request.query.get("branch", "main")
    who = request.query.get("author", "")
    builds = await request.app["ci"].recent(branch)
    safe_branch = escape(branch)
    parts = ["<html><body>"]
    parts.append("<h1>Builds on " + safe_branch + "</h1>")
    parts.append("<table>" + render_rows(builds, who) + "</table>")
    parts.append("</body></html>")
    return web.Response(text="".join(parts), content_type="text/html")


async def not_found(request: web.Request) -> web.Response:
    return web.Response(text="Unknown page: %s" % request.path, content_type="text/plain", status=404)


app = web.Application()
app.router.add_get("/board", board)
app.router.add_get("/{tail:.*}", not_found)
