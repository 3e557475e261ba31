"""Link preview service: fetches a page and returns its title."""
import ipaddress
import re
import socket
from urllib.parse import urlsplit

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
AVATAR_HOSTS = {"avatars.example.com", "cdn.example.com"}


def public_url(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HTTPException(400, "bad url")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise HTTPException(400, "address not allowed")
    return url


class PreviewRequest(BaseModel):
    url: str


@app.post("/preview")
def preview(body: PreviewRequest):
    resp = requests.get(public_url(body.url), timeout=3, allow_redirects=False)
    match = TITLE_RE.search(resp.text)
    return {"url": body.url, "title": match.group(1).strip() if match else None}


@app.get("/avatar")
def avatar(host: str, user: int):
    if host not in AVATAR_HOSTS:
        raise HTTPException(400, "unknown avatar host")
    resp = requests.get(f"https://{host}/avatars/{user}.png", timeout=5)
    return {"size": len(resp.content)}
