"""Kafka consumer (confluent-kafka) applying saved report filters to the events store."""
import json
import os

from confluent_kafka import Consumer
from pymongo import MongoClient

events = MongoClient(os.environ["MONGO_URL"]).analytics.events


class SavedReport:
    def __init__(self, payload):
        self.name = payload["name"]
        self.stages = payload.get("pipeline", [])

    def pipeline(self):
        return [stage for stage in self.stages] + [{"$limit": 1000}]


def run():
    consumer = Consumer({"bootstrap.servers": os.environ["KAFKA_BROKERS"], "group.id": "reports"})
    consumer.subscribe(["reports.requested"])
    while True:
        message = consumer.poll(1.0)
        if message is None or message.error():
            continue
        report = SavedReport(json.loads(message.value()))
        rows = list(events.aggregate(report.pipeline()))  # expect: nosql-injection
        events.database.report_results.insert_one({"report": report.name, "rows": rows})


if __name__ == "__main__":
    run()
