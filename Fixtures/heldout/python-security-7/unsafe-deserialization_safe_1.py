"""Kombu consumer restoring game saves as plain JSON validated field by field."""
import json
import os

from kombu import Connection, Queue
from kombu.mixins import ConsumerMixin

from .saves import store_save

FIELDS = {"level": int, "health": int, "inventory": list}


def _state(text):
    data = json.loads(text)
    return {name: kind(data[name]) for name, kind in FIELDS.items()}


class SaveWorker(ConsumerMixin):
    def __init__(self, connection):
        self.connection = connection

    def get_consumers(self, Consumer, channel):
        return [Consumer(queues=[Queue("saves.restore")], callbacks=[self.on_save], accept=["json"])]

    def on_save(self, body, message):
        store_save(body["player"], _state(body["state"]))
        message.ack()


if __name__ == "__main__":
    with Connection(os.environ["AMQP_URL"]) as conn:
        SaveWorker(conn).run()
