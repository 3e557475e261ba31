"""Webhook tester: lets integrators send a sample event to their endpoint."""
from dataclasses import dataclass

import aiohttp
from aiohttp import web


@dataclass
class WebhookTarget:
    url: str
    secret_header: str = "X-Signature"


def target_from(payload: dict) -> WebhookTarget:
    return WebhookTarget(url=payload["callback_url"])


async def send_test_event(request: web.Request) -> web.Response:
    payload = await request.json()
    target = target_from(payload)
    event = {"type": "ping", "id": "evt_test"}
    async with aiohttp.ClientSession() as session:
        async with session.post(target.url, json=event, timeout=5) as resp:  # expect: ssrf
            status = resp.status
    return web.json_response({"delivered": status < 400, "status": status})


async def fetch_icon(request: web.Request) -> web.Response:
    site = request.query["site"]
    icon_url = site.rstrip("/") + "/favicon.ico"
    async with aiohttp.ClientSession() as session:
        async with session.get(icon_url) as resp:  # expect: ssrf
            data = await resp.read()
    return web.Response(body=data, content_type="image/x-icon")
