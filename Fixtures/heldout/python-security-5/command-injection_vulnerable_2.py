"""Transcoding jobs: a Robyn route enqueues an RQ job that shells out to ffmpeg and tar."""
import json
import subprocess

from invoke import run
from redis import Redis
from robyn import Robyn, Request
from rq import Queue

app = Robyn(__file__)
queue = Queue("media", connection=Redis())


class FfmpegCommand:
    def __init__(self, source, preset):
        self.parts = ["ffmpeg", "-y", "-i", source]
        self.preset = preset

    def render(self, target):
        self.parts += ["-preset", self.preset, target]
        return " ".join(self.parts)


def transcode(spec):
    command = FfmpegCommand(spec["source"], spec.get("preset", "fast")).render(spec["target"])
    subprocess.call(command, shell=True)  # expect: command-injection
    run("tar czf /srv/media/out/" + spec["label"] + ".tgz " + spec["target"], hide=True)  # expect: command-injection


@app.post("/transcode")
async def enqueue(request: Request):
    spec = json.loads(request.body)
    job = queue.enqueue(transcode, spec)
    return {"job": job.id}
