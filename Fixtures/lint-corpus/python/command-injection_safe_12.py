"""Release tasks (Invoke) and a Celery job that passes its arguments as a list, without a shell."""
import subprocess

from celery import shared_task
from invoke import task


@task
def release(c, version):
    c.run(f"git tag v{version} && git push origin v{version}")


@shared_task
def transcode(source_path, preset):
    subprocess.run(["ffmpeg", "-i", source_path, "-preset", preset, "out.mp4"], check=True)


def probe_handler(event, context):
    key = event["queryStringParameters"]["key"]
    output = subprocess.check_output(["ffprobe", "-v", "error", "--", "s3-cache/" + key])
    return {"statusCode": 200, "body": output.decode()}
