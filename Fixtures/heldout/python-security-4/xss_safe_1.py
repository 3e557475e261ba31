"""Litestar status page for a build farm."""
import html

from litestar import MediaType, get

from .builds import recent_builds


def row(build) -> str:
    return (
        "<tr><td>" + html.escape(build.branch) + "</td><td>"
        + html.escape(build.status) + "</td><td>" + str(int(build.duration)) + "s</td></tr>"
    )


@get("/builds", media_type=MediaType.HTML)
async def builds_page(branch: str = "") -> str:
    builds = await recent_builds(branch or None)
    rows = "".join(row(b) for b in builds)
    title = html.escape(branch) if branch else "all branches"
    return f"<html><body><h1>Builds for {title}</h1><table>{rows}</table></body></html>"


@get("/builds/echo", media_type=MediaType.TEXT)
async def echo(message: str = "") -> str:
    return "you sent: " + message
