import xml.sax
from xml.sax.handler import feature_external_ges

from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.route("/feed", methods=["POST"])
def feed():
    root = fromstring(request.data)
    return {"titles": [t.text for t in root.iter("title")]}


@app.route("/sax", methods=["POST"])
def sax():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, 0)
    handler = xml.sax.ContentHandler()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"ok": True}
