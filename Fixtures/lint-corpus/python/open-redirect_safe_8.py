from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
LANDING_PAGES = {"/", "/dashboard", "/settings"}


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]  # expect: trust-boundary
    target = request.values.get("next", "/")
    if target not in LANDING_PAGES:
        target = "/"
    return redirect(target)


@app.route("/profile/<username>")
def profile(username):
    return redirect(url_for("users.show", username=username))
