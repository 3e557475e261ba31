"""Status page of the build server (FastAPI)."""
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()

BUILDS = {"main": "passed", "release": "failed"}


def badge(branch, status):
    colour = "green" if status == "passed" else "red"
    return f'<span class="badge {colour}">{branch}: {status}</span>'


@app.get("/status", response_class=HTMLResponse)
def status(branch: str = "main"):
    rows = [badge(branch, BUILDS.get(branch, "unknown"))]
    rows.append("<p>Requested branch: %s</p>" % branch)
    return HTMLResponse("<html><body>" + "\n".join(rows) + "</body></html>")  # expect: xss


@app.get("/whoami", response_class=HTMLResponse)
async def whoami(request: Request):
    agent = request.headers.get("user-agent", "")
    body = "<h1>Your browser</h1>"
    body += "<pre>{}</pre>".format(agent)
    return body  # expect: xss
