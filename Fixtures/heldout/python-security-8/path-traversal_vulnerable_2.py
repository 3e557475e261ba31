"""Backup restore worker fed from an SQS queue."""
import json
import shutil
import tarfile
from pathlib import Path

import boto3

RESTORE_ROOT = Path("/var/lib/restores")
sqs = boto3.client("sqs")


def restore(job):
    target = RESTORE_ROOT / job["customer"] / job["label"]
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(job["archive"]) as archive:
        for member in archive.getmembers():
            if member.isfile():
                destination = target / member.name
                destination.parent.mkdir(parents=True, exist_ok=True)
                with archive.extractfile(member) as source, destination.open("wb") as out:  # expect: path-traversal
                    shutil.copyfileobj(source, out)
    return target


def poll(queue_url):
    while True:
        reply = sqs.receive_message(QueueUrl=queue_url, WaitTimeSeconds=20)
        for message in reply.get("Messages", []):
            restore(json.loads(message["Body"]))
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
