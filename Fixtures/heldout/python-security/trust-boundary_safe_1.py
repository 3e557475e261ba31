from flask import Flask, jsonify, redirect, request, session, url_for

from .auth import authenticate

app = Flask(__name__)
THEMES = {"light", "dark", "high-contrast"}


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form"))
    session.clear()
    session["user_id"] = user.id
    session["role"] = user.role
    return redirect(url_for("home"))


@app.post("/preferences")
def preferences():
    prefs = request.get_json()
    theme = prefs.get("theme", "light")
    if theme not in THEMES:
        return jsonify(error="unknown theme"), 400
    session["theme"] = theme
    return jsonify(saved=True)


@app.get("/login")
def login_form():
    return app.send_static_file("login.html")


@app.get("/")
def home():
    return "home"
