import os

import ibm_boto3
from ibm_botocore.client import Config

BUCKET = os.environ.get("COS_BUCKET", "receipts")


def client_from(params):
    return ibm_boto3.client(
        "s3",
        ibm_api_key_id=params["__bx_creds"]["cloud-object-storage"]["apikey"],
        config=Config(signature_version="oauth"),
        endpoint_url=params["cos_endpoint"],
    )


def main(params):
    cos = client_from(params)
    prefix = params.get("month", "")
    listing = cos.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    objects = listing.get("Contents", [])
    total_bytes = sum(obj["Size"] for obj in objects)
    newest = max((obj["LastModified"] for obj in objects), default=None)  # expect: unused-variable
    return {
        "bucket": BUCKET,
        "prefix": prefix,
        "count": len(objects),
        "bytes": total_bytes,
    }
