from urllib.parse import urlsplit

from flask import Flask, redirect, request, url_for
from flask_login import login_user

from .models import User

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    login_user(user)
    next_page = request.args.get("next")
    if not next_page or urlsplit(next_page).netloc != "":
        next_page = url_for("index")
    return redirect(next_page)


@app.route("/")
def index():
    return "home"
