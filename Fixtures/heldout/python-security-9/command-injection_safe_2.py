import json
import re
import subprocess

import paho.mqtt.client as mqtt

CAMERA_ID = re.compile(r"cam-\d{1,3}")
STREAMS = {
    "cam-1": "rtsp://10.4.0.11/stream1",
    "cam-2": "rtsp://10.4.0.12/stream1",
}


def on_message(client, userdata, message):
    job = json.loads(message.payload)
    camera = str(job.get("camera", ""))
    if not CAMERA_ID.fullmatch(camera) or camera not in STREAMS:
        return
    argv = [
        "ffmpeg", "-y", "-rtsp_transport", "tcp",
        "-i", STREAMS[camera],
        "-frames:v", "1",
        f"/srv/snapshots/{camera}.jpg",
    ]
    result = subprocess.run(argv, capture_output=True, timeout=30)
    client.publish(f"plant/cameras/{camera}/status", "ok" if result.returncode == 0 else "failed")


def main():
    client = mqtt.Client(client_id="snapshotter")
    client.on_message = on_message
    client.connect("mqtt.plant.local", 1883)
    client.subscribe("plant/cameras/+/snapshot")
    client.loop_forever()


if __name__ == "__main__":
    main()
