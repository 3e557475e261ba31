from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")
BY_AUTHOR = etree.XPath("//book[author=$author and number(year) >= $since]")


@app.get("/books")
def books_by_author():
    author = request.args.get("author", "")
    try:
        since = int(request.args.get("since", "1900"))
    except ValueError:
        since = 1900
    nodes = BY_AUTHOR(CATALOG, author=author, since=since)
    return jsonify([{"title": n.findtext("title"), "year": n.findtext("year")} for n in nodes])


@app.get("/books/<isbn>/price")
def price(isbn):
    found = CATALOG.xpath("//book[@isbn=$isbn]/price/text()", isbn=isbn)
    return jsonify({"isbn": isbn, "price": found[0] if found else None})
