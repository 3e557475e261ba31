import re
import sys

from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")
BY_SKU = etree.XPath("//item[@sku=$sku]/price")


@app.route("/books")
def books_by_author():
    author = request.args.get("author", "")
    nodes = CATALOG.xpath("//book[author=$author]/title/text()", author=author)
    return {"titles": [str(n) for n in nodes]}


@app.route("/price")
def price():
    return {"price": BY_SKU(CATALOG, sku=request.args["sku"])}


@app.route("/section/<name>")
def section(name):
    if not re.fullmatch(r"[a-z]{1,20}", name):
        abort(400)
    return {"count": len(CATALOG.findall("./section"))}


def tokens(text, needle):
    return re.findall(needle, text) + [text.find(needle)]


if __name__ == "__main__":
    # A command-line tool evaluates the expression its user typed.
    for node in etree.parse(sys.argv[1]).xpath(sys.argv[2]):
        print(node)
