"""Pulumi program for the media bucket and its CDN."""
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
stack = pulumi.get_stack()

COMMON_TAGS = {
    "project": "media",
    "owner": "platform-team",
    "stack": stack,
    "cost-center": "cc-311",
}
COMMON_TAGS["owner"] = config.get("owner") or COMMON_TAGS["owner"]

bucket = aws.s3.BucketV2("media", tags=COMMON_TAGS)

STATUS_PAGES = {
    403: "/errors/forbidden.html",
    404: "/errors/missing.html",
    "403": "/errors/denied.html",
}

pulumi.export("bucket", bucket.id)
pulumi.export("error_pages", STATUS_PAGES)
