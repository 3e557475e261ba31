"""aiohttp kiosk backend: remembers the kiosk and the staff member signed in."""
from aiohttp import web

from .staff import check_pin, open_shift

routes = web.RouteTableDef()


@routes.post("/kiosk/register")
async def register_kiosk(request):
    form = await request.post()
    response = web.json_response({"kiosk": form["name"]})
    response.set_cookie("kiosk_id", form["name"], max_age=365 * 86400)  # expect: insecure-cookie
    return response


@routes.post("/kiosk/pin")
async def pin_login(request):
    form = await request.post()
    staff = await check_pin(form["pin"])
    if staff is None:
        raise web.HTTPForbidden()
    shift = await open_shift(staff)
    response = web.json_response({"staff": staff.name})
    response.set_cookie(  # expect: insecure-cookie
        "shift_token",
        shift.token,
        httponly=False,
        secure=False,
    )
    return response


app = web.Application()
app.add_routes(routes)
