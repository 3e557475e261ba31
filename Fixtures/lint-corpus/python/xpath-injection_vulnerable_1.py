from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/books")
def books_by_author():
    author = request.args.get("author", "")
    nodes = CATALOG.xpath(f"//book[author='{author}']/title/text()")  # expect: xpath-injection
    return {"titles": [str(n) for n in nodes]}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    expr = "//user[@name='" + user + "' and @password='" + password + "']"
    if not CATALOG.xpath(expr):  # expect: xpath-injection
        abort(403)
    return "welcome"


def price_of(sku):
    finder = etree.XPath("//item[@sku='%s']/price" % sku)  # expect: xpath-injection
    return finder(CATALOG)


@app.route("/price")
def price():
    return {"price": price_of(request.args["sku"])}
