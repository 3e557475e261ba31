from urllib.parse import urlsplit

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PARTNER_ORIGINS = ("https://partner-a.example.com", "https://partner-b.example.com")


class Batch(BaseModel):
    urls: list[str]


def is_allowed_url(url: str) -> bool:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" in PARTNER_ORIGINS


@app.post("/batch")
def fetch_batch(batch: Batch):
    results = {}
    for url in batch.urls:
        if not is_allowed_url(url):
            continue
        results[url] = requests.get(url, timeout=5).status_code
    return results


@app.get("/status")
def partner_status(partner: str):
    if partner not in ("a", "b"):
        raise HTTPException(status_code=404)
    reply = requests.get(f"https://partner-{partner}.example.com/health", timeout=5)
    return {"ok": reply.ok}
