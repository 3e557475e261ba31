"""Quart lookup into the library's XML catalogue with lxml."""
from lxml import etree
from quart import Quart, jsonify, request

app = Quart(__name__)

CATALOGUE = etree.parse("/srv/library/catalogue.xml")


def book_summary(node):
    return {
        "title": node.findtext("title"),
        "author": node.findtext("author"),
        "year": node.findtext("year"),
    }


@app.get("/books")
async def books_by_author():
    author = request.args.get("author", "")
    shelf = request.args.get("shelf", "main")
    query = f"//shelf[@name='{shelf}']/book[author='{author}']"
    nodes = CATALOGUE.xpath(query)  # expect: xpath-injection
    return jsonify([book_summary(n) for n in nodes])
