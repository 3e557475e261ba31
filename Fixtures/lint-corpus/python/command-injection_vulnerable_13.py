"""Video transcoding jobs queued from the upload API (Celery), and a Lambda that probes media."""
import subprocess

from celery import shared_task


@shared_task
def transcode(source_path, preset):
    command = "ffmpeg -i " + source_path + " -preset " + preset + " out.mp4"
    subprocess.run(command, shell=True, check=True)  # expect: command-injection


@shared_task(bind=True, max_retries=3)
def thumbnail(self, source_path, at_second):
    subprocess.call(f"ffmpeg -ss {at_second} -i {source_path} -frames:v 1 thumb.jpg", shell=True)  # expect: command-injection


def probe_handler(event, context):
    key = event["queryStringParameters"]["key"]
    output = subprocess.check_output("ffprobe -v error s3-cache/" + key, shell=True)  # expect: command-injection
    return {"statusCode": 200, "body": output.decode()}
