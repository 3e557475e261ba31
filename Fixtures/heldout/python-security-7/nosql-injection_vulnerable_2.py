"""aio-pika consumer applying loyalty-point adjustments sent by the shop front."""
import asyncio
import json
import os

import aio_pika
from pymongo import MongoClient

members = MongoClient(os.environ["MONGO_URL"]).loyalty.members


class Adjustment:
    def __init__(self, payload):
        self.card = payload["card"]
        self.points = payload["points"]
        self.reason = payload.get("reason", "purchase")


async def on_message(message: aio_pika.abc.AbstractIncomingMessage):
    async with message.process():
        adjustment = Adjustment(json.loads(message.body))
        members.update_one(  # expect: nosql-injection
            {"card": adjustment.card},
            {"$inc": {"points": adjustment.points}, "$push": {"log": adjustment.reason}},
        )
        members.delete_many({"card": adjustment.card, "status": "expired"})  # expect: nosql-injection


async def main():
    connection = await aio_pika.connect_robust(os.environ["AMQP_URL"])
    channel = await connection.channel()
    queue = await channel.declare_queue("loyalty.adjust", durable=True)
    await queue.consume(on_message)
    await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
