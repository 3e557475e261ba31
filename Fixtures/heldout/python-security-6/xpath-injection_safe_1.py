"""Chalice endpoint that searches the product feed."""
import xml.etree.ElementTree as ET

from chalice import Chalice

app = Chalice(app_name="feed")
FEED = ET.parse("chalicelib/feed.xml")


@app.route("/products")
def products():
    params = app.current_request.query_params or {}
    brand = params.get("brand", "")
    return [p.findtext("name") for p in FEED.getroot().iter("product") if p.get("brand") == brand]
