"""Kombu consumer restoring game saves that players upload from the launcher."""
import os

import jsonpickle
import yaml
from kombu import Connection, Queue
from kombu.mixins import ConsumerMixin

from .saves import store_save


class SaveWorker(ConsumerMixin):
    def __init__(self, connection):
        self.connection = connection

    def get_consumers(self, Consumer, channel):
        return [Consumer(queues=[Queue("saves.restore")], callbacks=[self.on_save], accept=["json"])]

    def on_save(self, body, message):
        state = jsonpickle.decode(body["state"])  # expect: unsafe-deserialization
        if "settings" in body:
            state["settings"] = yaml.unsafe_load(body["settings"])  # expect: unsafe-deserialization
        store_save(body["player"], state)
        message.ack()


if __name__ == "__main__":
    with Connection(os.environ["AMQP_URL"]) as conn:
        SaveWorker(conn).run()
