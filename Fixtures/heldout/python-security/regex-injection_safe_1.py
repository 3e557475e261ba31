import re

from flask import Flask, jsonify, request

app = Flask(__name__)

ARTICLES = [
    {"id": 1, "title": "Getting started with Flask"},
    {"id": 2, "title": "Deploying on a budget"},
    {"id": 3, "title": "Regular expressions for humans"},
]
RULES = {
    "zip": re.compile(r"\d{5}"),
    "phone": re.compile(r"\+?[0-9 ]{6,15}"),
    "slug": re.compile(r"[a-z0-9-]{1,64}"),
}


@app.get("/articles/search")
def search():
    term = request.args.get("q", "")[:100]
    whole_word = request.args.get("word") == "1"
    pattern = r"\b" + re.escape(term) + r"\b" if whole_word else re.escape(term)
    matcher = re.compile(pattern, re.IGNORECASE)
    return jsonify([a for a in ARTICLES if matcher.search(a["title"])])


@app.post("/validate")
def validate():
    body = request.get_json()
    rule = RULES.get(body["rule"])
    if rule is None:
        return jsonify(error="unknown rule"), 400
    return jsonify(valid=rule.fullmatch(body["value"]) is not None)
