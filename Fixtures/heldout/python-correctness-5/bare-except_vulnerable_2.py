"""paho-mqtt bridge that stores greenhouse readings in InfluxDB."""
import json

import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point

influx = InfluxDBClient(url="http://localhost:8086", token="local-dev", org="garden")
writer = influx.write_api()


def to_point(topic, payload):
    _, house, sensor = topic.split("/", 2)
    reading = json.loads(payload)
    return Point("climate").tag("house", house).tag("sensor", sensor).field("value", float(reading["v"]))


def on_message(client, userdata, message):
    try:
        writer.write(bucket=userdata["bucket"], record=to_point(message.topic, message.payload))
    except:  # expect: bare-except
        pass


def main():
    client = mqtt.Client(userdata={"bucket": "greenhouse"})
    client.on_message = on_message
    client.connect("broker.local", 1883)
    client.subscribe("greenhouse/#")
    client.loop_forever()


if __name__ == "__main__":
    main()
