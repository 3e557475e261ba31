"""Pub/Sub worker converting uploaded audio with an argv list and checked values."""
import json
import subprocess
import uuid

from google.cloud import pubsub_v1

SUBSCRIPTION = "projects/podcast/subscriptions/transcode"
BITRATES = {"64k", "128k", "192k"}


class TranscodeJob:
    def __init__(self, payload):
        self.source = str(uuid.UUID(payload["file"]))
        bitrate = payload.get("bitrate", "128k")
        self.bitrate = bitrate if bitrate in BITRATES else "128k"

    def argv(self):
        return ["ffmpeg", "-y", "-i", f"/data/in/{self.source}", "-b:a", self.bitrate, f"/data/out/{self.source}.mp3"]


def callback(message):
    job = TranscodeJob(json.loads(message.data))
    subprocess.run(job.argv(), check=True, capture_output=True)
    message.ack()


def main():
    subscriber = pubsub_v1.SubscriberClient()
    subscriber.subscribe(SUBSCRIPTION, callback=callback).result()


if __name__ == "__main__":
    main()
