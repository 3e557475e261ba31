import json

import paho.mqtt.client as mqtt
from pymongo import MongoClient

readings = MongoClient("mongodb://mongo.plant.local")["plant"]["readings"]


def alarm_query(request):
    zone = request.get("zone", "")
    limit = request.get("threshold", 0)
    return {"$where": "this.zone == '" + zone + "' && this.temperature > " + str(limit)}


def on_message(client, userdata, message):
    request = json.loads(message.payload)
    hits = readings.find(alarm_query(request)).limit(50)  # expect: nosql-injection
    client.publish(request["reply_to"], json.dumps([h["sensor"] for h in hits]))


def main():
    client = mqtt.Client(client_id="alarm-query")
    client.on_message = on_message
    client.connect("mqtt.plant.local", 1883)
    client.subscribe("plant/alarms/query")
    client.loop_forever()


if __name__ == "__main__":
    main()
