import re

from flask import Flask, request, abort

app = Flask(__name__)
EMAIL = re.compile(r"^[a-zA-Z0-9._-]+@[a-zA-Z0-9-]+\.[a-z]{2,}$")
TAGS = re.compile(r"^\w+(\s*,\s*\w+)*$")
VERSION = re.compile(r"^(\d+)(\.\d+)*$")


@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"]
    if len(email) > 254 or not EMAIL.match(email):
        abort(400)
    if not TAGS.match(request.form.get("tags", "")):
        abort(400)
    return "ok"


def is_version(text):
    return VERSION.fullmatch(text) is not None
