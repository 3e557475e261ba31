"""Pub/Sub worker converting uploaded audio; the message carries the file name and bitrate."""
import json
import subprocess

from google.cloud import pubsub_v1

SUBSCRIPTION = "projects/podcast/subscriptions/transcode"


class TranscodeJob:
    def __init__(self, payload):
        self.source = payload["file"]
        self.bitrate = payload.get("bitrate", "128k")

    def command(self):
        return "ffmpeg -y -i /data/in/%s -b:a %s /data/out/%s.mp3" % (self.source, self.bitrate, self.source)


def callback(message):
    job = TranscodeJob(json.loads(message.data))
    subprocess.check_output(job.command(), shell=True)  # expect: command-injection
    message.ack()


def main():
    subscriber = pubsub_v1.SubscriberClient()
    future = subscriber.subscribe(SUBSCRIPTION, callback=callback)
    future.result()


if __name__ == "__main__":
    main()
