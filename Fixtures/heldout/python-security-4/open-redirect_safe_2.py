"""Litestar shortcut routes: /go/<key> jumps to a known destination."""
from litestar import Litestar, get
from litestar.exceptions import NotFoundException
from litestar.response import Redirect

DESTINATIONS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "billing": "/account/billing",
}


@get("/go/{key:str}")
async def go(key: str) -> Redirect:
    target = DESTINATIONS.get(key)
    if target is None:
        raise NotFoundException()
    return Redirect(path=target)


@get("/orders/{order_id:int}/receipt")
async def receipt(order_id: int) -> Redirect:
    return Redirect(path=f"/receipts/{order_id}.pdf")


app = Litestar(route_handlers=[go, receipt])
