"""Publishes the nightly price changes to NATS JetStream, one subject per store."""
import asyncio
import json

import nats

from pricing.changes import changes_by_store


async def publish_changes(server: str) -> int:
    nc = await nats.connect(server)
    js = nc.jetstream()
    batches = changes_by_store()
    await asyncio.gather(
        *(js.publish(f"prices.{store}", json.dumps(changes).encode()) for store, changes in batches.items())
    )
    await nc.drain()
    return sum(len(changes) for changes in batches.values())
