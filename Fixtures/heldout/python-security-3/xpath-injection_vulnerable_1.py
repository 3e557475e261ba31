from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")


@app.get("/books")
def books_by_author():
    author = request.args.get("author", "")
    year = request.args.get("since", "1900")
    query = "//book[author='%s'" % author
    query += " and number(year) >= " + year + "]"
    nodes = CATALOG.xpath(query)  # expect: xpath-injection
    return jsonify([{"title": n.findtext("title"), "year": n.findtext("year")} for n in nodes])


@app.get("/books/<isbn>/price")
def price(isbn):
    found = CATALOG.getroot().xpath(f"./book[@isbn='{isbn}']/price/text()")  # expect: xpath-injection
    return jsonify({"isbn": isbn, "price": found[0] if found else None})
