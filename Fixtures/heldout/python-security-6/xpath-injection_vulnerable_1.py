"""Chalice endpoint that searches the product feed (ElementTree path predicates)."""
import xml.etree.ElementTree as ET

from chalice import Chalice

app = Chalice(app_name="feed")
FEED = ET.parse("chalicelib/feed.xml")


@app.route("/products")
def products():
    params = app.current_request.query_params or {}
    brand = params.get("brand", "")
    path = ".//product[@brand='" + brand + "']"
    return [p.findtext("name") for p in FEED.getroot().findall(path)]  # expect: xpath-injection
