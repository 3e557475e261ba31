"""BlackSheep page builder with a fixed Chameleon template; customer text is data only."""
from blacksheep import Application, Request, json as json_response
from chameleon import PageTemplate

from .orders import latest_order

app = Application()
SNIPPET = PageTemplate(
    "<div><p tal:content='heading'>Thanks!</p>"
    "<p>Order <span tal:content='order.number'>0</span></p></div>"
)


@app.router.post("/snippets/preview")
async def preview(request: Request):
    body = await request.json()
    order = await latest_order(request.user)
    heading = str(body.get("heading", "Thanks!"))[:120]
    return json_response({"html": SNIPPET(order=order, heading=heading)})


@app.router.post("/snippets/subject")
async def subject(request: Request):
    body = await request.json()
    order = await latest_order(request.user)
    prefix = str(body.get("prefix", "Order"))[:40]
    return json_response({"subject": f"{prefix} {order.number}"})
