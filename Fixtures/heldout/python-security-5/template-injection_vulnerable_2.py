"""BlackSheep page builder: customers design their own order confirmation snippet."""
from blacksheep import Application, Request, json as json_response
from chameleon import PageTemplate

from .orders import latest_order

app = Application()


@app.router.post("/snippets/preview")
async def preview(request: Request):
    body = await request.json()
    snippet = PageTemplate(body.get("markup", "<p>Thanks!</p>"))  # expect: template-injection
    order = await latest_order(request.user)
    return json_response({"html": snippet(order=order)})


@app.router.post("/snippets/subject")
async def subject(request: Request):
    body = await request.json()
    order = await latest_order(request.user)
    line = body.get("subject", "Order {order.number}").format(order=order)  # expect: template-injection
    return json_response({"subject": line})
