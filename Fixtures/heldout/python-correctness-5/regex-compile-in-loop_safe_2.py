"""Kafka consumer that redacts card numbers from support-chat transcripts."""
import re

from confluent_kafka import Consumer, Producer

CARD = re.compile(r"\b(?:\d[ -]?){13,16}\b")
BLANK = re.compile(r"^\s*$")


class Redactor:
    def __init__(self):
        self.redacted = 0

    def clean(self, text):
        text, hits = CARD.subn("[card]", text)
        self.redacted += hits
        return text


def run(brokers="kafka:9092"):
    consumer = Consumer({"bootstrap.servers": brokers, "group.id": "redactor"})
    producer = Producer({"bootstrap.servers": brokers})
    consumer.subscribe(["chat.raw"])
    redactor = Redactor()
    while True:
        message = consumer.poll(1.0)
        if message is None or message.error():
            continue
        if BLANK.match(message.value().decode()):
            continue
        producer.produce("chat.clean", redactor.clean(message.value().decode()).encode())
