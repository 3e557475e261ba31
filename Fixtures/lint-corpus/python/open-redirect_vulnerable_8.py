from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]  # expect: trust-boundary
    return redirect(request.values.get("next") or "/")  # expect: open-redirect


@app.route("/back")
def back():
    return redirect(request.referrer or "/")  # expect: open-redirect


@app.route("/out")
def out():
    target = request.args.get("u", "/")
    return "", 302, {"Location": target}  # expect: open-redirect
