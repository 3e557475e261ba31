import re

from flask import Flask, request, abort

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9_-]+\.?)+@[a-zA-Z0-9-]+\.[a-z]{2,}$")  # expect: regex-injection
TAGS = re.compile(r"^(\w+\s*,?\s*)*$")  # expect: regex-injection


@app.route("/signup", methods=["POST"])
def signup():
    if not EMAIL.match(request.form["email"]):
        abort(400)
    if not TAGS.match(request.form.get("tags", "")):
        abort(400)
    return "ok"


def is_number_list(text):
    return re.fullmatch(r"(\d+)*,?", text) is not None  # expect: regex-injection
