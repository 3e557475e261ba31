"""A web route queues a job that runs ffmpeg with an argument list."""
import json
import subprocess

from redis import Redis
from rq import Queue

queue = Queue("media", connection=Redis())


def transcode(spec):
    subprocess.call(["ffmpeg", "-i", spec["source"], spec["target"]])


@app.post("/transcode")
def enqueue(request):
    spec = json.loads(request.body)
    queue.enqueue(transcode, spec)
    return {"queued": True}
