"""Prefect flow that renders thumbnails for uploaded videos."""
import re
import subprocess
from pathlib import Path

from prefect import flow, task

from .catalog import pending_uploads

SLUG = re.compile(r"[a-z0-9-]{1,64}")
UPLOADS = Path("/srv/uploads")


def _ffmpeg_args(upload):
    if not SLUG.fullmatch(upload["slug"]):
        raise ValueError("bad slug")
    offset = str(float(upload["offset"]))
    source = UPLOADS / f"{upload['slug']}.mp4"
    return ["ffmpeg", "-y", "-ss", offset, "-i", str(source), "-frames:v", "1", f"thumbs/{upload['slug']}.jpg"]


@task(retries=2)
def render_thumbnail(upload):
    result = subprocess.run(_ffmpeg_args(upload), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-400:])
    return upload["slug"]


@flow(name="thumbnails")
def thumbnails(limit: int = 20):
    return [render_thumbnail(upload) for upload in pending_uploads(limit)]
