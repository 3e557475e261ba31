"""Publishes the nightly price changes to NATS JetStream, one subject per store."""
import json

import nats

from pricing.changes import changes_by_store


async def publish_changes(server: str) -> int:
    nc = await nats.connect(server)
    js = nc.jetstream()
    sent = 0
    for store, changes in changes_by_store().items():
        payload = json.dumps(changes).encode()
        await js.publish(f"prices.{store}", payload)  # expect: await-in-loop
        sent += len(changes)
    await nc.drain()
    return sent
