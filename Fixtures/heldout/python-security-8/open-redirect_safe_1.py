"""aiohttp single sign-on callback for the intranet."""
from urllib.parse import urlsplit

from aiohttp import web

from .sso import exchange_code, start_session

routes = web.RouteTableDef()


def _return_to(request):
    candidate = request.query.get("state") or "/"
    parts = urlsplit(candidate)
    if parts.scheme or parts.netloc or not candidate.startswith("/") or candidate.startswith("//"):
        return "/"
    return candidate


@routes.get("/sso/callback")
async def callback(request):
    user = await exchange_code(request.query["code"])
    if user is None:
        raise web.HTTPUnauthorized()
    response = web.HTTPFound(_return_to(request))
    await start_session(response, user)
    raise response


@routes.get("/sso/logout")
async def logout(request):
    raise web.HTTPSeeOther(location="/signed-out")


app = web.Application()
app.add_routes(routes)
