import paho.mqtt.client as mqtt
import yaml

from .devices import apply_profile

PROFILE_TOPIC = "lab/devices/+/profile"


def parse_profile(payload):
    return yaml.load(payload, Loader=yaml.UnsafeLoader)  # expect: unsafe-deserialization


def on_message(client, userdata, message):
    device = message.topic.split("/")[2]
    profile = parse_profile(message.payload)
    apply_profile(device, profile)
    client.publish(f"lab/devices/{device}/ack", "applied")


def main():
    client = mqtt.Client(client_id="profile-loader")
    client.on_message = on_message
    client.connect("mqtt.lab.local", 1883)
    client.subscribe(PROFILE_TOPIC)
    client.loop_forever()


if __name__ == "__main__":
    main()
