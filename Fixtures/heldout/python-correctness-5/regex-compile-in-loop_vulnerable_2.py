"""Kafka consumer that redacts card numbers from support-chat transcripts."""
import re

from confluent_kafka import Consumer, Producer


class Redactor:
    def __init__(self):
        self.redacted = 0

    def clean(self, text):
        for marker in ("visa", "mastercard", "amex"):
            if marker in text.lower():
                card = re.compile(r"\b(?:\d[ -]?){13,16}\b")  # expect: regex-compile-in-loop
                text, hits = card.subn("[card]", text)
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
        if re.compile(r"^\s*$").match(message.value().decode()):  # expect: regex-compile-in-loop
            continue
        producer.produce("chat.clean", redactor.clean(message.value().decode()).encode())
