import urllib.request

import aiohttp
import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy")
async def proxy(target: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as resp:  # expect: ssrf
            return {"status": resp.status}


@app.get("/feeds")
def feeds(feed_url: str):
    with urllib.request.urlopen(feed_url, timeout=10) as fh:  # expect: ssrf
        return {"size": len(fh.read())}


@app.get("/internal")
def internal(path: str):
    url = "http://internal-api" + path
    return requests.get(url, timeout=5).json()  # expect: ssrf
