import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from .store import find_products

app = FastAPI()


def product_rows(products):
    out = []
    for p in products:
        out.append(f"<tr><td>{html.escape(p.name)}</td><td>{p.price_cents / 100:.2f}</td></tr>")
    return "".join(out)


@app.get("/catalog", response_class=HTMLResponse)
def catalog(q: str = ""):
    products = find_products(q)
    page = "<h1>Catalog</h1>"
    page += "<p>Showing matches for <b>%s</b></p>" % html.escape(q)
    page += "<table>" + product_rows(products) + "</table>"
    return HTMLResponse(page)
