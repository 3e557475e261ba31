"""aiohttp shop front: cart and checkout, with aiohttp_session."""
from aiohttp import web
from aiohttp_session import get_session

from .cart import cart_total

routes = web.RouteTableDef()
CURRENCIES = {"EUR", "USD", "GBP"}


@routes.post("/cart/currency")
async def set_currency(request):
    form = await request.post()
    currency = form.get("currency")
    session = await get_session(request)
    session["currency"] = currency if currency in CURRENCIES else "EUR"
    raise web.HTTPSeeOther("/cart")


@routes.post("/checkout/start")
async def start_checkout(request):
    session = await get_session(request)
    total = await cart_total(session.get("cart_id"))
    session["checkout"] = {"total": total}
    return web.json_response({"next": "/checkout/pay"})


@routes.get("/checkout/pay")
async def pay(request):
    session = await get_session(request)
    checkout = session.get("checkout") or {}
    return web.json_response({"charge": checkout.get("total"), "currency": session.get("currency")})
