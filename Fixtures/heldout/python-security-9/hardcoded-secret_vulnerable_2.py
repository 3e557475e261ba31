import json
import time

import paho.mqtt.client as mqtt

from .sensors import read_all

DEVICE_ID = "greenhouse-07"
INGEST_API_KEY = "gh_ing_7f3c9e2a51b84d06a9e1c4f27d8b0e35"  # expect: hardcoded-secret


def connect():
    client = mqtt.Client(client_id=DEVICE_ID)
    client.username_pw_set(DEVICE_ID, "Gr33nh0use!2024-kX9")  # expect: hardcoded-secret
    client.tls_set()
    client.connect("broker.farm-telemetry.net", 8883)
    return client


def publish_forever(interval=60):
    client = connect()
    client.loop_start()
    while True:
        reading = read_all()
        reading["api_key"] = INGEST_API_KEY
        client.publish(f"farm/{DEVICE_ID}/readings", json.dumps(reading), qos=1)
        time.sleep(interval)


if __name__ == "__main__":
    publish_forever()
