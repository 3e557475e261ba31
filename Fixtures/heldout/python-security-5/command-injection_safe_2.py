"""Transcoding jobs: an RQ job calls ffmpeg with an argv list on server-chosen paths."""
import json
import subprocess
import uuid
from pathlib import Path

from redis import Redis
from robyn import Robyn, Request
from rq import Queue

app = Robyn(__file__)
queue = Queue("media", connection=Redis())
INBOX = Path("/srv/media/in")
OUTBOX = Path("/srv/media/out")
PRESETS = {"fast", "medium", "slow"}


def transcode(upload_id, preset):
    source = INBOX / f"{upload_id}.mp4"
    target = OUTBOX / f"{upload_id}.webm"
    subprocess.call(["ffmpeg", "-y", "-i", str(source), "-preset", preset, str(target)])
    subprocess.call(["tar", "czf", str(OUTBOX / f"{upload_id}.tgz"), "-C", str(OUTBOX), target.name])


@app.post("/transcode")
async def enqueue(request: Request):
    spec = json.loads(request.body)
    upload_id = uuid.UUID(spec["upload"])
    preset = spec.get("preset", "fast")
    if preset not in PRESETS:
        return {"error": "unknown preset"}
    job = queue.enqueue(transcode, str(upload_id), preset)
    return {"job": job.id}
