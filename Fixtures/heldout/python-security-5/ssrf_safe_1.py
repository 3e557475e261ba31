"""BlackSheep endpoint calling a fixed geocoding service; user text goes into params."""
import os

import aiohttp
from blacksheep import Application, Request, json as json_response

app = Application()
GEOCODER = "https://geocode.example.com/v2/search"


@app.router.get("/geocode")
async def geocode(request: Request):
    text = request.query.get("q", [""])[0]
    params = {"q": text, "limit": "5", "key": os.environ["GEOCODER_KEY"]}
    async with aiohttp.ClientSession() as session:
        async with session.get(GEOCODER, params=params, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            hits = await resp.json()
    return json_response({"results": hits.get("features", [])})
