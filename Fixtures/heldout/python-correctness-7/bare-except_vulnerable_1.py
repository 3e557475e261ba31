"""paho-mqtt bridge: greenhouse sensors publish JSON readings."""
import json
import logging

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)


def parse_reading(payload):
    try:
        data = json.loads(payload)
        return float(data["temperature"]), float(data["humidity"])
    except:  # expect: bare-except
        return None


def on_message(client, userdata, message):
    reading = parse_reading(message.payload)
    if reading is not None:
        userdata["store"].append((message.topic, *reading))
        log.debug("stored reading from %s", message.topic)


def connect(host):
    client = mqtt.Client(userdata={"store": []})
    client.on_message = on_message
    client.connect(host)
    client.subscribe("greenhouse/+/reading")
    return client
