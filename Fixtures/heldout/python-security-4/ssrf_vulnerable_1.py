"""Litestar integrations endpoint: test a partner's callback and probe its health page."""
from dataclasses import dataclass

import httpx
import requests
from litestar import Litestar, post


@dataclass
class CallbackTest:
    callback_url: str
    secret_header: str = "X-Signature"


@dataclass
class Probe:
    host: str
    port: int = 80


async def deliver(target: CallbackTest) -> int:
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(target.callback_url, json={"event": "ping"})  # expect: ssrf
        return resp.status_code


@post("/integrations/test")
async def test_callback(data: CallbackTest) -> dict:
    return {"status": await deliver(data)}


@post("/integrations/probe")
def probe(data: Probe) -> dict:
    url = f"http://{data.host}:{data.port}/healthz"
    resp = requests.get(url, timeout=3)  # expect: ssrf
    return {"url": url, "status": resp.status_code}


app = Litestar(route_handlers=[test_callback, probe])
