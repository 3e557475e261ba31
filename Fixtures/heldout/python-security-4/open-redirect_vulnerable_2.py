"""Quart OAuth-style consent page and a campaign link tracker."""
from quart import Quart, redirect, request, session

from .stats import count_click

app = Quart(__name__)


def after_consent_target(form):
    uri = form.get("redirect_uri", "/")
    state = form.get("state")
    if state:
        uri += ("&" if "?" in uri else "?") + "state=" + state
    return uri


@app.post("/consent")
async def consent():
    form = await request.form
    if "user_id" not in session:
        return redirect("/login")
    return redirect(after_consent_target(form))  # expect: open-redirect


@app.get("/c/<campaign>")
async def campaign_click(campaign: str):
    await count_click(campaign)
    landing = request.args.get("to", "https://www.example.org/")
    return redirect(landing, code=302)  # expect: open-redirect
