"""Starlette app serving user avatars and theme assets, contained paths."""
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, Response
from starlette.routing import Route

MEDIA_ROOT = Path("/var/lib/forum/media").resolve()
SIZES = {"32", "64", "128"}
THEMES = {"default", "dark", "solarized"}


def contained(path: Path) -> Path:
    resolved = path.resolve()
    if not resolved.is_relative_to(MEDIA_ROOT):
        raise HTTPException(404)
    return resolved


async def avatar(request):
    username = request.path_params["username"]
    size = request.query_params.get("size", "64")
    if size not in SIZES:
        size = "64"
    path = contained(MEDIA_ROOT / "avatars" / size / f"{username}.png")
    return FileResponse(path, media_type="image/png")


async def theme_css(request):
    theme = request.query_params.get("theme", "default")
    if theme not in THEMES:
        theme = "default"
    body = MEDIA_ROOT.joinpath("themes", theme, "site.css").read_bytes()
    return Response(body, media_type="text/css")


app = Starlette(routes=[
    Route("/avatar/{username}", avatar),
    Route("/theme.css", theme_css),
])
