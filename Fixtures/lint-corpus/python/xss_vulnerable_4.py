from flask import Flask, Response, make_response, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return Response("<h1>Hello " + name + "</h1>", mimetype="text/html")  # expect: xss


@app.route("/search")
def search():
    q = request.values.get("q", "")
    return f"<p>No results for {q}</p>"  # expect: xss


@app.route("/profile")
def profile():
    bio = request.cookies.get("bio", "")
    return render_template("profile.html", bio=Markup(bio))  # expect: xss


@app.route("/error")
def error():
    reason = request.headers.get("X-Reason", "unknown")
    body = "<html><body>Error: %s</body></html>" % reason
    return make_response(body, 400)  # expect: xss
