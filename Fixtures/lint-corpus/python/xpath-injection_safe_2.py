"""The same lookups with XPath variables and fixed expressions."""
from lxml import etree


def product(feed, sku):
    tree = etree.parse(feed)
    return tree.xpath("//product[@sku = $sku]/price/text()", sku=sku)


def featured(root):
    return root.findall(".//product[@featured='yes']")
