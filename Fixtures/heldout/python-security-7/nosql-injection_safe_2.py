"""aio-pika consumer applying loyalty-point adjustments; payload types checked."""
import asyncio
import json
import os

import aio_pika
from pymongo import MongoClient

members = MongoClient(os.environ["MONGO_URL"]).loyalty.members
REASONS = {"purchase", "refund", "bonus"}


class Adjustment:
    def __init__(self, payload):
        if not isinstance(payload.get("card"), str):
            raise ValueError("card must be a string")
        self.card = payload["card"]
        self.points = int(payload["points"])
        reason = payload.get("reason", "purchase")
        self.reason = reason if reason in REASONS else "purchase"


async def on_message(message: aio_pika.abc.AbstractIncomingMessage):
    async with message.process():
        adjustment = Adjustment(json.loads(message.body))
        members.update_one(
            {"card": {"$eq": adjustment.card}},
            {"$inc": {"points": adjustment.points}, "$push": {"log": adjustment.reason}},
        )


async def main():
    connection = await aio_pika.connect_robust(os.environ["AMQP_URL"])
    channel = await connection.channel()
    queue = await channel.declare_queue("loyalty.adjust", durable=True)
    await queue.consume(on_message)
    await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
