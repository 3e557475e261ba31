import json
import os
import signal

import pulsar
from pulsar import ConsumerType

SERVICE_URL = os.environ.get("PULSAR_URL", "pulsar://localhost:6650")
TOPIC = "persistent://public/default/shipments"
running = True


def stop(signum, frame):
    global running
    running = False


def handle(payload):
    shipment = json.loads(payload)
    print(f"shipment {shipment['id']} -> {shipment['carrier']}")


def main():
    signal.signal(signal.SIGTERM, stop)
    client = pulsar.Client(SERVICE_URL)
    consumer = client.subscribe(TOPIC, subscription_name="labels", consumer_type=ConsumerType.Shared)
    try:
        while running:
            try:
                message = consumer.receive(timeout_millis=1000)
            except pulsar.Timeout:
                continue
            try:
                handle(message.data())
                consumer.acknowledge(message)
            except (KeyError, ValueError):
                consumer.negative_acknowledge(message)
    finally:
        client.close()


if __name__ == "__main__":
    main()
