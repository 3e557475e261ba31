import re

from flask import Flask, jsonify, request

app = Flask(__name__)

ARTICLES = [
    {"id": 1, "title": "Getting started with Flask"},
    {"id": 2, "title": "Deploying on a budget"},
    {"id": 3, "title": "Regular expressions for humans"},
]


@app.get("/articles/search")
def search():
    term = request.args.get("q", "")
    whole_word = request.args.get("word") == "1"
    pattern = r"\b" + term + r"\b" if whole_word else term
    matcher = re.compile(pattern, re.IGNORECASE)  # expect: regex-injection
    return jsonify([a for a in ARTICLES if matcher.search(a["title"])])


@app.post("/validate")
def validate():
    body = request.get_json()
    rule = body["rule"]
    ok = re.fullmatch(rule, body["value"]) is not None  # expect: regex-injection
    return jsonify(valid=ok)
