from urllib.parse import urlparse

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
ALLOWED_HOSTS = {"docs.example.com", "status.example.com"}


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["username"]  # expect: trust-boundary
    next_url = request.args.get("next", "/")
    if not next_url.startswith("/"):
        next_url = url_for("index")
    return redirect(next_url)  # expect: open-redirect


@app.route("/out")
def outbound():
    target = request.args.get("to", "")
    host = urlparse(target).netloc
    if host not in ALLOWED_HOSTS:
        app.logger.info("outbound link to %s", host)  # expect: log-injection
    return redirect(target)  # expect: open-redirect


@app.route("/")
def index():
    return "home"
