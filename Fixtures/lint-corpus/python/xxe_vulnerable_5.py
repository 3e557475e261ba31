import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import Flask, request

app = Flask(__name__)


@app.route("/feed", methods=["POST"])
def feed():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, 1)  # expect: xxe
    titles = []
    for event, node in pulldom.parseString(request.data.decode(), parser):
        if event == pulldom.START_ELEMENT and node.tagName == "title":
            titles.append(node.tagName)
    return {"titles": titles}
