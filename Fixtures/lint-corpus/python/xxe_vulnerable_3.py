from fastapi import FastAPI, Request
from lxml import etree, objectify

app = FastAPI()


@app.post("/invoices")
async def upload_invoice(request: Request):
    body = await request.body()
    doc = etree.fromstring(body, etree.XMLParser(load_dtd=True, resolve_entities=True))  # expect: xxe
    return {"lines": len(doc.findall("line"))}


@app.post("/orders")
async def upload_order(request: Request):
    parser = objectify.makeparser(resolve_entities=True, no_network=False)  # expect: xxe
    order = objectify.fromstring(await request.body(), parser)
    return {"id": str(order.id)}
