"""Prefect flow that renders thumbnails for uploaded videos."""
import subprocess

from prefect import flow, task

from .catalog import pending_uploads


def _ffmpeg_args(upload):
    args = ["sh", "-c"]
    script = f"ffmpeg -y -ss {upload['offset']} -i {upload['path']} -frames:v 1 thumbs/{upload['slug']}.jpg"
    args.append(script)
    return args


@task(retries=2)
def render_thumbnail(upload):
    result = subprocess.run(_ffmpeg_args(upload), capture_output=True, text=True)  # expect: command-injection
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-400:])
    return upload["slug"]


@flow(name="thumbnails")
def thumbnails(limit: int = 20):
    done = []
    for upload in pending_uploads(limit):
        done.append(render_thumbnail(upload))
    return done
