"""Link previews and agent health checks fetched for the caller."""
import http.client

import aiohttp


async def fetch_title(session, url):
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # expect: ssrf
        return (await resp.text())[:200]


async def preview(request):
    body = await request.json()
    async with aiohttp.ClientSession() as session:
        return {"title": await fetch_title(session, body["url"])}


def agent_version(req):
    host = req.params.get("host", "")
    conn = http.client.HTTPSConnection(host, timeout=5)  # expect: ssrf
    conn.request("GET", "/version")
    return conn.getresponse().read()
