"""Backup restore worker fed from an SQS queue."""
import json
import re
import shutil
import tarfile
from pathlib import Path

import boto3

RESTORE_ROOT = Path("/var/lib/restores")
LABEL = re.compile(r"[a-z0-9][a-z0-9._-]{0,40}")
sqs = boto3.client("sqs")


def restore(job):
    if not (LABEL.fullmatch(job["customer"]) and LABEL.fullmatch(job["label"])):
        raise ValueError("bad restore job")
    target = (RESTORE_ROOT / job["customer"] / job["label"]).resolve()
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(job["archive"]) as archive:
        for member in archive.getmembers():
            if not member.isfile():
                continue
            destination = (target / member.name).resolve()
            if not destination.is_relative_to(target):
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as source, destination.open("wb") as out:
                shutil.copyfileobj(source, out)
    return target


def poll(queue_url):
    while True:
        reply = sqs.receive_message(QueueUrl=queue_url, WaitTimeSeconds=20)
        for message in reply.get("Messages", []):
            restore(json.loads(message["Body"]))
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
