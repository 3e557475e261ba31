"""BlackSheep order status page and share card."""
from blacksheep import Application, Content, Request, Response, html

from .orders import find_order

app = Application()


def _status_page(order, note):
    return (
        "<html><body><h2>Order %s</h2>" % order.number
        + "<p>Status: %s</p>" % order.status
        + "<p class='note'>%s</p></body></html>" % note
    )


@app.router.get("/orders/{number}")
async def status(request: Request, number: str):
    order = await find_order(number)
    note = request.query.get("note", [""])[0]
    return html(_status_page(order, note))  # expect: xss


@app.router.get("/share")
async def share_card(request: Request):
    name = request.query.get("from", ["a friend"])[0]
    card = f"<div class='card'>{name} thinks you will like this shop.</div>"
    return Response(200, content=Content(b"text/html; charset=utf-8", card.encode()))  # expect: xss
