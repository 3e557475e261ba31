"""aiohttp shop front: cart and checkout, with aiohttp_session."""
from aiohttp import web
from aiohttp_session import get_session

from .catalog import price_of

routes = web.RouteTableDef()


@routes.post("/cart/currency")
async def set_currency(request):
    form = await request.post()
    session = await get_session(request)
    session["currency"] = form.get("currency", "EUR")  # expect: trust-boundary
    raise web.HTTPSeeOther("/cart")


@routes.post("/checkout/start")
async def start_checkout(request):
    body = await request.json()
    session = await get_session(request)
    session["checkout"] = {"total": body["total"], "coupon": body.get("coupon")}  # expect: trust-boundary
    return web.json_response({"next": "/checkout/pay"})


@routes.get("/checkout/pay")
async def pay(request):
    session = await get_session(request)
    checkout = session.get("checkout") or {}
    return web.json_response({"charge": checkout.get("total"), "currency": session.get("currency")})
