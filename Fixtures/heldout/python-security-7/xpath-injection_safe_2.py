"""Ariadne resolver searching the ERP catalogue; filtering done in Python."""
from ariadne import QueryType
from lxml import objectify

query = QueryType()
CATALOGUE = objectify.parse("/srv/erp/catalogue.xml").getroot()


class ProductFilter:
    def __init__(self, brand, colour):
        self.brand = brand
        self.colour = colour

    def accepts(self, node):
        return str(node.brand) == self.brand and str(node.colour) == self.colour


@query.field("products")
def resolve_products(_, info, brand, colour="black"):
    wanted = ProductFilter(brand, colour)
    matches = [node for node in CATALOGUE.iterchildren("product") if wanted.accepts(node)]
    return [{"sku": str(node.sku), "name": str(node.name)} for node in matches]
