"""A web route queues a job that shells out; the worker gets the route's data."""
import json
import subprocess

from redis import Redis
from rq import Queue

queue = Queue("media", connection=Redis())


def transcode(spec):
    subprocess.call("ffmpeg -i " + spec["source"] + " " + spec["target"], shell=True)  # expect: command-injection


@app.post("/transcode")
def enqueue(request):
    spec = json.loads(request.body)
    queue.enqueue(transcode, spec)
    return {"queued": True}
