"""Ariadne resolver searching the product catalogue exported by the ERP as XML."""
from ariadne import QueryType
from lxml import objectify

query = QueryType()
CATALOGUE = objectify.parse("/srv/erp/catalogue.xml").getroot()


class ProductFilter:
    def __init__(self, brand, colour):
        self.brand = brand
        self.colour = colour

    def expression(self):
        return f"//product[brand/text()='{self.brand}' and colour='{self.colour}']"


@query.field("products")
def resolve_products(_, info, brand, colour="black"):
    matches = CATALOGUE.xpath(ProductFilter(brand, colour).expression())  # expect: xpath-injection
    return [{"sku": str(node.sku), "name": str(node.name)} for node in matches]
