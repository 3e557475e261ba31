import re

from flask import Flask, request

app = Flask(__name__)
WORDS = open("/usr/share/dict/words").read().splitlines()
USERNAME = re.compile(r"[a-z0-9_]{3,20}")


@app.route("/words")
def words():
    rx = re.compile(re.escape(request.args.get("pattern", "")), re.IGNORECASE)
    return {"words": [w for w in WORDS if rx.search(w)][:50]}


@app.route("/validate", methods=["POST"])
def validate():
    return {"ok": USERNAME.fullmatch(request.form["value"]) is not None}


@app.route("/contains")
def contains():
    term = request.args["q"]
    return {"hits": [w for w in WORDS if term in w][:50]}
