from urllib.parse import quote

import aiohttp
from fastapi import FastAPI, HTTPException

app = FastAPI()
FEEDS = {
    "news": "https://news.example.com/rss",
    "blog": "https://blog.example.com/feed",
}


@app.get("/feeds/{name}")
async def feed(name: str):
    url = FEEDS.get(name)
    if url is None:
        raise HTTPException(status_code=404)
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return {"status": resp.status}


@app.get("/users/{username}/repos")
async def repos(username: str):
    url = "https://api.github.com/users/" + quote(username, safe="") + "/repos"
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.json()
