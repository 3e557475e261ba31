import json
import time

import keyring
import paho.mqtt.client as mqtt

from .sensors import read_all

DEVICE_ID = "greenhouse-07"
KEYRING_SERVICE = "farm-telemetry"
PASSWORD_ENTRY = "mqtt-password"


def connect():
    client = mqtt.Client(client_id=DEVICE_ID)
    password = keyring.get_password(KEYRING_SERVICE, PASSWORD_ENTRY)
    if password is None:
        raise SystemExit("run `keyring set farm-telemetry mqtt-password` first")
    client.username_pw_set(DEVICE_ID, password)
    client.tls_set()
    client.connect("broker.farm-telemetry.net", 8883)
    return client


def publish_forever(interval=60):
    client = connect()
    client.loop_start()
    api_key = keyring.get_password(KEYRING_SERVICE, "ingest-api-key")
    while True:
        reading = read_all()
        reading["api_key"] = api_key
        client.publish(f"farm/{DEVICE_ID}/readings", json.dumps(reading), qos=1)
        time.sleep(interval)
