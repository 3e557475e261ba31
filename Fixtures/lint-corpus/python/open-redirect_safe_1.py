from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
ALLOWED_PAGES = {"/", "/dashboard", "/settings"}


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["username"]  # expect: trust-boundary
    next_url = request.args.get("next", "/")
    if next_url not in ALLOWED_PAGES:
        next_url = "/"
    return redirect(next_url)


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("index"))


@app.route("/orders")
def orders():
    page = int(request.args.get("page", 1))
    return redirect(f"/orders/page/{page}")


@app.route("/")
def index():
    return "home"
