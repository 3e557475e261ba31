"""Status page of the build server (FastAPI)."""
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

app = FastAPI()

BUILDS = {"main": "passed", "release": "failed"}


def badge(branch, status):
    colour = "green" if status == "passed" else "red"
    return f'<span class="badge {colour}">{html.escape(branch)}: {status}</span>'


@app.get("/status", response_class=HTMLResponse)
def status(branch: str = "main"):
    rows = [badge(branch, BUILDS.get(branch, "unknown"))]
    rows.append("<p>Requested branch: %s</p>" % html.escape(branch))
    return HTMLResponse("<html><body>" + "\n".join(rows) + "</body></html>")


@app.get("/whoami")
async def whoami(request: Request):
    agent = request.headers.get("user-agent", "")
    return PlainTextResponse("Your browser: " + agent)
