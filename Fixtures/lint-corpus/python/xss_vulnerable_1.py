from flask import Flask, make_response, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    return "<h1>Hello, " + name + "!</h1>"  # expect: xss


@app.route("/search")
def search():
    query = request.args.get("q", "")
    body = f"<p>No results for <b>{query}</b></p>"
    response = make_response(body)  # expect: xss
    response.headers["Content-Type"] = "text/html"
    return response


@app.route("/bio")
def bio():
    text = request.args["bio"]
    return Markup("<div class='bio'>{}</div>".format(text))  # expect: xss
