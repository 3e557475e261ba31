"""pika consumer that batches sensor readings before writing them out."""
import json
from collections import deque

import pika

from telemetry.store import write_batch

BATCH = 500
RECENT = 50


class Batcher:
    def __init__(self):
        self.pending = []
        self.recent = deque(maxlen=RECENT)

    def on_message(self, channel, method, _properties, body):
        reading = json.loads(body)
        self.pending.append(reading)
        self.recent.appendleft(reading["sensor"])
        if len(self.pending) >= BATCH:
            batch, self.pending = self.pending[:BATCH], self.pending[BATCH:]
            write_batch(batch)
        channel.basic_ack(delivery_tag=method.delivery_tag)


def consume(url):
    connection = pika.BlockingConnection(pika.URLParameters(url))
    channel = connection.channel()
    channel.basic_consume(queue="readings", on_message_callback=Batcher().on_message)
    channel.start_consuming()
