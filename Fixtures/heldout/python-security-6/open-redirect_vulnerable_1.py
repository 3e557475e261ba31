"""Emmett auth routes of the volunteer portal."""
from emmett import App, redirect, request, session

from .auth import forget

app = App(__name__)


@app.route("/signed-in")
async def signed_in():
    target = request.query_params.next or "/"
    redirect(target)  # expect: open-redirect


def _after_logout():
    return request.query_params.then or request.headers.get("referer", "/")


@app.route("/logout")
async def logout():
    forget(session)
    redirect(_after_logout())  # expect: open-redirect
