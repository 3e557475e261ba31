"""aiohttp single sign-on callback for the intranet."""
from aiohttp import web

from .sso import exchange_code, start_session

routes = web.RouteTableDef()


def _return_to(request):
    return request.query.get("state") or request.cookies.get("return_to") or "/"


@routes.get("/sso/callback")
async def callback(request):
    user = await exchange_code(request.query["code"])
    if user is None:
        raise web.HTTPUnauthorized()
    response = web.HTTPFound(_return_to(request))  # expect: open-redirect
    await start_session(response, user)
    raise response


@routes.get("/sso/logout")
async def logout(request):
    target = request.query.get("then", "/")
    raise web.HTTPSeeOther(location=target)  # expect: open-redirect


app = web.Application()
app.add_routes(routes)
