import json
import re

import paho.mqtt.client as mqtt
from pymongo import MongoClient

readings = MongoClient("mongodb://mongo.plant.local")["plant"]["readings"]
ZONE = re.compile(r"[A-Z]\d{1,2}")


def alarm_query(request):
    zone = request.get("zone")
    if not isinstance(zone, str) or not ZONE.fullmatch(zone):
        raise ValueError("bad zone")
    threshold = float(request.get("threshold", 0))
    return {"zone": {"$eq": zone}, "temperature": {"$gt": threshold}}


def on_message(client, userdata, message):
    request = json.loads(message.payload)
    try:
        query = alarm_query(request)
    except (ValueError, TypeError):
        return
    hits = readings.find(query).limit(50)
    client.publish("plant/alarms/results", json.dumps([h["sensor"] for h in hits]))


def main():
    client = mqtt.Client(client_id="alarm-query")
    client.on_message = on_message
    client.connect("mqtt.plant.local", 1883)
    client.subscribe("plant/alarms/query")
    client.loop_forever()
