import re

from flask import Flask, request

app = Flask(__name__)
WORDS = open("/usr/share/dict/words").read().splitlines()


@app.route("/words")
def words():
    pattern = request.args.get("pattern", "")
    rx = re.compile(pattern, re.IGNORECASE)  # expect: regex-injection
    return {"words": [w for w in WORDS if rx.search(w)][:50]}


@app.route("/validate", methods=["POST"])
def validate():
    rule = request.form["rule"]
    value = request.form["value"]
    return {"ok": re.fullmatch("^" + rule + "$", value) is not None}  # expect: regex-injection


@app.route("/highlight")
def highlight():
    term = request.args["q"]
    text = open("article.txt").read()
    return re.sub(f"({term})", r"<mark>\1</mark>", text)  # expect: regex-injection
