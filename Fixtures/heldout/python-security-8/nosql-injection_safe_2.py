"""Kafka consumer (confluent-kafka) applying saved report filters to the events store."""
import datetime as dt
import json
import os

from confluent_kafka import Consumer
from pymongo import MongoClient

events = MongoClient(os.environ["MONGO_URL"]).analytics.events
EVENT_TYPES = {"page_view", "signup", "purchase", "refund"}


class SavedReport:
    def __init__(self, payload):
        self.name = str(payload["name"])
        self.event_type = payload.get("event_type")
        self.days = int(payload.get("days", 7))

    def pipeline(self):
        if self.event_type not in EVENT_TYPES:
            raise ValueError("unknown event type")
        since = dt.datetime.utcnow() - dt.timedelta(days=self.days)
        return [
            {"$match": {"type": self.event_type, "at": {"$gte": since}}},
            {"$group": {"_id": "$country", "count": {"$sum": 1}}},
            {"$limit": 1000},
        ]


def run():
    consumer = Consumer({"bootstrap.servers": os.environ["KAFKA_BROKERS"], "group.id": "reports"})
    consumer.subscribe(["reports.requested"])
    while True:
        message = consumer.poll(1.0)
        if message is None or message.error():
            continue
        report = SavedReport(json.loads(message.value()))
        rows = list(events.aggregate(report.pipeline()))
        events.database.report_results.insert_one({"report": report.name, "rows": rows})


if __name__ == "__main__":
    run()
