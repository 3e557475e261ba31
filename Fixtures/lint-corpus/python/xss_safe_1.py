import html

from flask import Flask, jsonify, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    return "<h1>Hello, " + html.escape(name) + "!</h1>"


@app.route("/search")
def search():
    query = request.args.get("q", "")
    return render_template("search.html", query=query)


@app.route("/bio")
def bio():
    text = escape(request.args["bio"])
    return f"<div class='bio'>{text}</div>"


@app.route("/api/echo")
def echo():
    return jsonify({"echo": request.args.get("msg", "")})
