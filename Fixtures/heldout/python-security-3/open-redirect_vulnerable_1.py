from urllib.parse import urlencode

from flask import Flask, redirect, request, session, url_for

from .auth import check_credentials

app = Flask(__name__)


def with_tracking(target, campaign):
    if not campaign:
        return target
    sep = "&" if "?" in target else "?"
    return target + sep + urlencode({"utm_campaign": campaign})


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    session["uid"] = user.id
    dest = request.args.get("return_to") or url_for("dashboard")
    dest = with_tracking(dest, request.args.get("c"))
    return redirect(dest)  # expect: open-redirect


@app.get("/out")
def outbound():
    return redirect(request.args["url"], code=302)  # expect: open-redirect
