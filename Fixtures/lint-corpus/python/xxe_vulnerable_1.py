from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_products():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    tree = etree.fromstring(request.data, parser)
    return jsonify({"products": len(tree.findall("product"))})
