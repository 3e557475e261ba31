import json
import os
import signal  # expect: unused-import

import pulsar
from pulsar import ConsumerType, Timeout  # expect: unused-import

SERVICE_URL = os.environ.get("PULSAR_URL", "pulsar://localhost:6650")
TOPIC = "persistent://public/default/shipments"


def handle(payload):
    shipment = json.loads(payload)
    print(f"shipment {shipment['id']} -> {shipment['carrier']}")


def main():
    client = pulsar.Client(SERVICE_URL)
    consumer = client.subscribe(TOPIC, subscription_name="labels", consumer_type=ConsumerType.Shared)
    try:
        while True:
            message = consumer.receive()
            try:
                handle(message.data())
                consumer.acknowledge(message)
            except (KeyError, ValueError):
                consumer.negative_acknowledge(message)
    finally:
        client.close()


if __name__ == "__main__":
    main()
