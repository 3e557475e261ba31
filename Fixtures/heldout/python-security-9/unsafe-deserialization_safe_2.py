import paho.mqtt.client as mqtt
import yaml

from .devices import apply_profile


def parse_profile(payload):
    profile = yaml.safe_load(payload)
    if not isinstance(profile, dict):
        raise ValueError("profile must be a mapping")
    return profile


def on_message(client, userdata, message):
    device = message.topic.split("/")[2]
    try:
        profile = parse_profile(message.payload)
    except (yaml.YAMLError, ValueError):
        client.publish(f"lab/devices/{device}/ack", "rejected")
        return
    apply_profile(device, profile)
    client.publish(f"lab/devices/{device}/ack", "applied")


def main():
    client = mqtt.Client(client_id="profile-loader")
    client.on_message = on_message
    client.connect("mqtt.lab.local", 1883)
    client.subscribe("lab/devices/+/profile")
    client.loop_forever()
