"""Webhook tester, limited to https endpoints on registered partner hosts."""
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

PARTNER_HOSTS = {"hooks.partner-a.com", "events.partner-b.io"}


def checked_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        raise web.HTTPBadRequest(text="callback host is not registered")
    return parts.geturl()


async def send_test_event(request: web.Request) -> web.Response:
    payload = await request.json()
    url = checked_url(payload["callback_url"])
    event = {"type": "ping", "id": "evt_test"}
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json=event, timeout=5) as resp:
            status = resp.status
    return web.json_response({"delivered": status < 400, "status": status})


async def fetch_icon(request: web.Request) -> web.Response:
    domain = request.query["site"]
    async with aiohttp.ClientSession() as session:
        async with session.get(
            "https://icons.duckduckgo.com/ip3/lookup", params={"domain": domain}
        ) as resp:
            data = await resp.read()
    return web.Response(body=data, content_type="image/x-icon")
