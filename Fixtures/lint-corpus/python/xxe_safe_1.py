import defusedxml.ElementTree as DefusedET
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_products():
    tree = DefusedET.fromstring(request.data)
    return jsonify({"products": len(tree.findall("product"))})


@app.route("/import/lxml", methods=["POST"])
def import_products_lxml():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.fromstring(request.data, parser)
    return jsonify({"products": len(tree.findall("product"))})
