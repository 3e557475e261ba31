from urllib.parse import urlparse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/sso/callback")
async def sso_callback(request: Request):
    return_to = request.query_params.get("return_to", "/")
    return RedirectResponse(return_to)  # expect: open-redirect


@app.get("/out")
def outbound(url: str):
    if urlparse(url).netloc.endswith("example.com"):
        return RedirectResponse(url=url, status_code=302)  # expect: open-redirect
    return RedirectResponse("/")
