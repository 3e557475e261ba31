"""Quart product lookup over an XML feed using XPath variables."""
from lxml import etree
from quart import Quart, abort, jsonify, request

app = Quart(__name__)

FEED = etree.parse("/srv/feeds/products.xml")


@app.get("/products")
async def products():
    sku = request.args.get("sku")
    brand = request.args.get("brand")
    if sku:
        nodes = FEED.xpath("//product[@sku=$sku]", sku=sku)
    elif brand:
        nodes = FEED.xpath("//product[brand=$brand and @active='true']", brand=brand)
    else:
        abort(400)
    return jsonify([{"sku": n.get("sku"), "name": n.findtext("name")} for n in nodes])
