from flask import Flask, jsonify, redirect, request, session, url_for

from .auth import authenticate

app = Flask(__name__)


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form"))
    session["user_id"] = user.id
    session["role"] = request.form.get("role", "member")  # expect: trust-boundary
    return redirect(url_for("home"))


@app.post("/preferences")
def preferences():
    prefs = request.get_json()
    theme = prefs.get("theme", "light")
    session["theme"] = theme  # expect: trust-boundary
    return jsonify(saved=True)


@app.get("/impersonate")
def impersonate():
    session.update(acting_as=request.args["user"])  # expect: trust-boundary
    return redirect(url_for("home"))


@app.get("/login")
def login_form():
    return app.send_static_file("login.html")


@app.get("/")
def home():
    return "home"
