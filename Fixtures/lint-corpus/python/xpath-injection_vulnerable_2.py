"""Catalogue lookups over an XML feed, called by the storefront's RPC layer."""
from lxml import etree


def product(feed, sku):
    tree = etree.parse(feed)
    return tree.xpath(f"//product[@sku='{sku}']/price/text()")  # expect: xpath-injection


def by_brand(root, brand):
    path = ".//product[brand='" + brand + "']"
    return root.findall(path)  # expect: xpath-injection
