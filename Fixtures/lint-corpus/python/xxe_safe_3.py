from defusedxml import minidom as safe_minidom
from defusedxml.ElementTree import fromstring as safe_fromstring
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
HARDENED = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.post("/invoices")
async def upload_invoice(request: Request):
    doc = safe_fromstring(await request.body())
    return {"lines": len(doc.findall("line"))}


@app.post("/orders")
async def upload_order(request: Request):
    doc = etree.fromstring(await request.body(), HARDENED)
    return {"id": doc.findtext("id")}


@app.post("/report")
async def upload_report(request: Request):
    dom = safe_minidom.parseString(await request.body())
    return {"title": dom.getElementsByTagName("title")[0].firstChild.data}
