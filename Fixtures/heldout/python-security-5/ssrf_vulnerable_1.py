"""BlackSheep link-preview endpoint for the chat app (aiohttp client)."""
import aiohttp
from blacksheep import Application, Request, json as json_response
from lxml import html as lxml_html

app = Application()


async def _fetch_preview(session, url):
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # expect: ssrf
        page = lxml_html.fromstring(await resp.text())
    titles = page.xpath("//title/text()")
    return titles[0].strip() if titles else ""


@app.router.post("/previews")
async def preview(request: Request):
    body = await request.json()
    async with aiohttp.ClientSession() as session:
        title = await _fetch_preview(session, body["url"])
    return json_response({"url": body["url"], "title": title})
