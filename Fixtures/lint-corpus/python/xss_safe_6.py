"""The same page, with an environment that escapes HTML."""
from flask import Flask, request
from jinja2 import DictLoader, Environment, select_autoescape

app = Flask(__name__)
env = Environment(loader=DictLoader({"c.html": "<p>{{ text }}</p>"}), autoescape=select_autoescape())


@app.route("/comment")
def comment():
    return env.get_template("c.html").render(text=request.args["text"])
