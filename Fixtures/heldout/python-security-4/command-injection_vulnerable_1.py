"""Quart upload endpoint that hands thumbnails to a Celery worker."""
import os
import subprocess

from celery import Celery
from quart import Quart, jsonify, request

app = Quart(__name__)
celery = Celery("media", broker=os.environ["CELERY_BROKER_URL"])

MEDIA_ROOT = "/srv/media"


@celery.task(name="media.thumbnail")
def make_thumbnail(source, size, label):
    target = os.path.join(MEDIA_ROOT, "thumbs", os.path.basename(source) + ".png")
    cmd = f"convert {source} -resize {size} -gravity south -annotate 0 '{label}' {target}"
    subprocess.check_output(cmd, shell=True)  # expect: command-injection
    return target


@celery.task(name="media.cleanup")
def drop_cache(prefix):
    os.system("rm -rf /var/cache/media/" + prefix + "*")  # expect: command-injection


@app.post("/thumbnails")
async def thumbnails():
    form = await request.form
    make_thumbnail.delay(form["source"], form.get("size", "320x240"), form.get("label", ""))
    return jsonify(queued=True), 202


@app.delete("/cache/<prefix>")
async def purge(prefix):
    drop_cache.delay(prefix)
    return jsonify(queued=True), 202
