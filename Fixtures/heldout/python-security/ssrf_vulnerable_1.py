"""Link preview service: fetches a page and returns its title."""
import re

import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


class PreviewRequest(BaseModel):
    url: str
    timeout: float = 3.0


@app.post("/preview")
def preview(body: PreviewRequest):
    resp = requests.get(body.url, timeout=body.timeout)  # expect: ssrf
    match = TITLE_RE.search(resp.text)
    return {"url": body.url, "title": match.group(1).strip() if match else None}


@app.get("/avatar")
def avatar(host: str, user: str):
    target = "https://" + host + "/avatars/" + user + ".png"
    resp = requests.get(target, timeout=5)  # expect: ssrf
    return {"size": len(resp.content)}
