"""boto3 housekeeping: find unattached EBS volumes."""
import boto3

ec2 = boto3.client("ec2", region_name="eu-central-1")


def unattached_volumes():
    pages = ec2.get_paginator("describe_volumes").paginate(Filters=[{"Name": "status", "Values": ["available"]}])
    return [(vol["VolumeId"], vol["Size"]) for page in pages for vol in page["Volumes"]]


def report(volumes, fmt="table"):
    if fmt == "csv":
        return "\n".join(f"{vid},{size}" for vid, size in volumes)
    return "\n".join(format(vid, "<24") + format(size, ">6") + " GiB" for vid, size in volumes)


def summary():
    volumes = unattached_volumes()
    total = sum(size for _vid, size in volumes)
    tags = dict(type="gp3", id=len(volumes))
    return f"{len(volumes)} unattached volumes, {total} GiB ({tags['type']})"
