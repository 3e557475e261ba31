"""Starlette app serving user avatars and theme assets."""
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import FileResponse, Response
from starlette.routing import Route

MEDIA_ROOT = Path("/var/lib/forum/media")


def avatar_path(username: str, size: str) -> Path:
    folder = MEDIA_ROOT / "avatars" / size
    return folder / f"{username}.png"


async def avatar(request):
    username = request.path_params["username"]
    size = request.query_params.get("size", "64")
    path = avatar_path(username, size)
    return FileResponse(path, media_type="image/png")  # expect: path-traversal


async def theme_css(request):
    theme = request.query_params.get("theme", "default")
    css_file = MEDIA_ROOT.joinpath("themes", theme, "site.css")
    body = css_file.read_bytes()  # expect: path-traversal
    return Response(body, media_type="text/css")


app = Starlette(routes=[
    Route("/avatar/{username}", avatar),
    Route("/theme.css", theme_css),
])
