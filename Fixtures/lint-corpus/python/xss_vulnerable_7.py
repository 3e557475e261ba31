"""Rendering user comments through a Jinja2 environment created without autoescaping."""
from flask import Flask, request
from jinja2 import Environment, DictLoader

app = Flask(__name__)
env = Environment(loader=DictLoader({"c.html": "<p>{{ text }}</p>"}))  # expect: xss


@app.route("/comment")
def comment():
    return env.get_template("c.html").render(text=request.args["text"])
