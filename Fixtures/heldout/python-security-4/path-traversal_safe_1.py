"""Quart app serving invoice PDFs and brand assets."""
import re

from quart import Quart, abort, request, send_from_directory

app = Quart(__name__)

INVOICE_DIR = "/srv/billing/invoices"
ASSET_DIR = "/srv/billing/static"
INVOICE_NO = re.compile(r"INV-\d{4}-\d{6}")


@app.get("/invoices/<number>.pdf")
async def invoice_pdf(number: str):
    if not INVOICE_NO.fullmatch(number):
        abort(404)
    return await send_from_directory(INVOICE_DIR, f"{number}.pdf", mimetype="application/pdf")


@app.get("/assets")
async def asset():
    name = request.args.get("name", "")
    # send_from_directory refuses any name that resolves outside the directory
    return await send_from_directory(ASSET_DIR, name)
