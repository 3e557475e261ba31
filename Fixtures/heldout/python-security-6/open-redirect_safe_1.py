"""Emmett auth routes of the volunteer portal."""
from urllib.parse import urlsplit

from emmett import App, redirect, request, session

from .auth import forget

app = App(__name__)


def _local(target):
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@app.route("/signed-in")
async def signed_in():
    redirect(_local(request.query_params.next or "/"))


@app.route("/logout")
async def logout():
    forget(session)
    redirect("/goodbye")
