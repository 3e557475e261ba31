"""BlackSheep share card with markupsafe escaping."""
from blacksheep import Application, Content, Request, Response, html
from markupsafe import escape

from .orders import find_order

app = Application()


@app.router.get("/orders/{number}")
async def status(request: Request, number: str):
    order = await find_order(number)
    note = request.query.get("note", [""])[0]
    page = "<html><body><h2>Order %s</h2><p class='note'>%s</p></body></html>" % (
        escape(order.number),
        escape(note),
    )
    return html(page)


@app.router.get("/share")
async def share_card(request: Request):
    name = request.query.get("from", ["a friend"])[0]
    card = f"<div class='card'>{escape(name)} thinks you will like this shop.</div>"
    return Response(200, content=Content(b"text/html; charset=utf-8", card.encode()))
