import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
GEOCODER = "https://geocode.internal.example.net/v2/search"
REGIONS = {
    "eu": "https://eu.status.example.net/health",
    "us": "https://us.status.example.net/health",
}


@app.get("/geocode")
async def geocode(q: str, limit: int = 5):
    async with httpx.AsyncClient(timeout=3) as client:
        r = await client.get(GEOCODER, params={"q": q, "limit": min(limit, 20)})
    return r.json()


@app.get("/status/{region}")
async def region_status(region: str):
    url = REGIONS.get(region)
    if url is None:
        raise HTTPException(status_code=404, detail="unknown region")
    async with httpx.AsyncClient(timeout=3) as client:
        r = await client.get(url)
    return {"region": region, "ok": r.status_code == 200}
