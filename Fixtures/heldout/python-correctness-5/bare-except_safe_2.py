"""paho-mqtt bridge that stores beehive weights in InfluxDB."""
import json
import logging

import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point

log = logging.getLogger("hive-bridge")
influx = InfluxDBClient(url="http://localhost:8086", token="local-dev", org="apiary")
writer = influx.write_api()


def on_message(client, userdata, message):
    try:
        reading = json.loads(message.payload)
        point = Point("hive").tag("hive", message.topic.rsplit("/", 1)[-1]).field("kg", float(reading["kg"]))
        writer.write(bucket=userdata["bucket"], record=point)
    except (ValueError, KeyError) as exc:
        log.warning("bad reading on %s: %s", message.topic, exc)
    except BaseException:
        log.exception("write failed, stopping the bridge")
        client.disconnect()
        raise


def main():
    client = mqtt.Client(userdata={"bucket": "apiary"})
    client.on_message = on_message
    client.connect("broker.local", 1883)
    client.subscribe("hives/+")
    client.loop_forever()
