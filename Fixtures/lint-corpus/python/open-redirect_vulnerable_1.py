from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["username"]  # expect: trust-boundary
    next_url = request.args.get("next", "/")
    return redirect(next_url)  # expect: open-redirect


@app.route("/logout")
def logout():
    session.clear()
    target = request.args.get("return_to") or url_for("index")
    return redirect(target)  # expect: open-redirect


@app.route("/go/<path:rest>")
def go(rest):
    return redirect("https://" + request.args["host"] + "/" + rest)  # expect: open-redirect


@app.route("/")
def index():
    return "home"
