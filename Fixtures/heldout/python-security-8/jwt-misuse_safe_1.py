"""NATS request handler that authorises inventory adjustments with a bearer token."""
import asyncio
import json
import os

import jwt
import nats

from .inventory import adjust_stock

PUBLIC_KEY = open(os.environ["INVENTORY_JWT_PUBLIC_KEY"]).read()


def _claims(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="inventory", options={"require": ["exp", "sub"]})


async def on_adjust(msg):
    body = json.loads(msg.data)
    try:
        claims = _claims(msg.headers.get("Authorization", "").removeprefix("Bearer "))
    except jwt.InvalidTokenError:
        await msg.respond(b'{"error": "unauthorised"}')
        return
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
