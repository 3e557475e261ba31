from flask import Flask, jsonify, render_template, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)


@app.route("/search")
def search():
    q = request.values.get("q", "")
    return f"<p>No results for {escape(q)}</p>"


@app.route("/profile")
def profile():
    bio = request.cookies.get("bio", "")
    return render_template("profile.html", bio=bio, badge=Markup("<span>new</span>"))


@app.route("/api/echo")
def echo():
    return jsonify(text=request.args.get("text", ""))
