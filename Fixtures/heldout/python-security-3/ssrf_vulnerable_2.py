import httpx
from fastapi import FastAPI, Response
from pydantic import BaseModel

app = FastAPI()


class PreviewRequest(BaseModel):
    link: str
    max_chars: int = 2000


@app.post("/previews")
async def preview(body: PreviewRequest):
    async with httpx.AsyncClient(follow_redirects=True, timeout=4) as client:
        page = await client.get(body.link)  # expect: ssrf
    return {"status": page.status_code, "head": page.text[: body.max_chars]}


@app.get("/img-proxy")
async def image_proxy(host: str, path: str = "/"):
    upstream = "https://" + host
    upstream += path
    async with httpx.AsyncClient(timeout=4) as client:
        r = await client.get(upstream)  # expect: ssrf
    return Response(r.content, media_type=r.headers.get("content-type", "application/octet-stream"))
