import json
import subprocess

import paho.mqtt.client as mqtt

BROKER = "mqtt.plant.local"
TOPIC = "plant/cameras/+/snapshot"


def capture_line(job):
    parts = ["ffmpeg", "-y", "-rtsp_transport", "tcp"]
    parts.append("-i " + job["stream"])
    parts.append("-frames:v 1")
    parts.append(f"/srv/snapshots/{job['camera']}.jpg")
    return " ".join(parts)


def on_message(client, userdata, message):
    job = json.loads(message.payload)
    line = capture_line(job)
    result = subprocess.run(["bash", "-lc", line], capture_output=True, timeout=30)  # expect: command-injection
    status = "ok" if result.returncode == 0 else "failed"
    client.publish(f"plant/cameras/{job['camera']}/status", status)


def main():
    client = mqtt.Client(client_id="snapshotter")
    client.on_message = on_message
    client.connect(BROKER, 1883)
    client.subscribe(TOPIC)
    client.loop_forever()


if __name__ == "__main__":
    main()
