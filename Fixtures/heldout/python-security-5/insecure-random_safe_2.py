"""BlackSheep endpoints: API keys from secrets, random only for tips and retry jitter."""
import asyncio
import random
import secrets

from blacksheep import Application, Request, json as json_response

from .keys import store_key

app = Application()
TIPS = [
    "Rotate keys every 90 days.",
    "Use test keys in CI.",
    "Scope keys to one project.",
]


async def _store_with_retry(user, api_key, attempts=3):
    for attempt in range(attempts):
        try:
            return await store_key(user, api_key)
        except ConnectionError:
            await asyncio.sleep((2 ** attempt) + random.uniform(0, 0.5))
    raise ConnectionError("key store unavailable")


@app.router.post("/api/keys")
async def create_key(request: Request):
    body = await request.json()
    api_key = ("live_" if body.get("live") else "test_") + secrets.token_hex(20)
    await _store_with_retry(request.user, api_key)
    return json_response({"key": api_key, "tip": random.choice(TIPS)})
