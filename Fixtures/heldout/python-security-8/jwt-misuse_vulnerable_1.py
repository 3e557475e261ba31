"""NATS request handler that authorises inventory adjustments with a bearer token."""
import asyncio
import json
import os

import jwt
import nats

from .inventory import adjust_stock


def _claims(token):
    return jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})  # expect: jwt-misuse


async def on_adjust(msg):
    body = json.loads(msg.data)
    claims = _claims(msg.headers.get("Authorization", "").removeprefix("Bearer "))
    if "stock:write" not in claims.get("scope", "").split():
        await msg.respond(b'{"error": "forbidden"}')
        return
    result = await adjust_stock(body["sku"], int(body["delta"]), actor=claims["sub"])
    await msg.respond(json.dumps(result).encode())


async def main():
    nc = await nats.connect(os.environ.get("NATS_URL", "nats://localhost:4222"))
    await nc.subscribe("inventory.adjust", cb=on_adjust)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
