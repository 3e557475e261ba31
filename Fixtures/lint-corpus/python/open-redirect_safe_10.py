"""Sign-out flow that only follows paths on this site."""
from urllib.parse import urlsplit

from flask import Flask, redirect, request, session

app = Flask(__name__)


def on_site(target, fallback="/"):
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return fallback
    if urlsplit(target).netloc:
        return fallback
    return target


@app.post("/sign-out")
def sign_out():
    session.clear()
    return redirect(on_site(request.form.get("then")))


@app.get("/switch-team")
def switch_team():
    session["team"] = int(request.args["team"])
    return redirect(on_site(request.args.get("back"), fallback="/teams"))
