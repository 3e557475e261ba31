"""boto3 housekeeping: find unattached EBS volumes and old snapshots."""
from datetime import datetime, timedelta, timezone

import boto3

ec2 = boto3.client("ec2", region_name="eu-central-1")


def unattached_volumes():
    pages = ec2.get_paginator("describe_volumes").paginate(Filters=[{"Name": "status", "Values": ["available"]}])
    found = []
    for page in pages:
        for vol in page["Volumes"]:
            found.append((vol["VolumeId"], vol["Size"]))
    return found


def report(volumes, format="table"):  # expect: shadowed-builtin
    if format == "csv":
        return "\n".join(f"{vid},{size}" for vid, size in volumes)
    return "\n".join(f"{vid:<24}{size:>6} GiB" for vid, size in volumes)


def old_snapshots(days=90):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    snapshots = ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"]
    for object in snapshots:  # expect: shadowed-builtin
        if object["StartTime"] < cutoff:
            yield object["SnapshotId"]


def summary():
    volumes = unattached_volumes()
    sum = 0  # expect: shadowed-builtin
    for _vid, size in volumes:
        sum += size
    return f"{len(volumes)} unattached volumes, {sum} GiB"
