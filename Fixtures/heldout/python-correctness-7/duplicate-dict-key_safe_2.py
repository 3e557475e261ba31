"""boto3 helper that uploads nightly database dumps to S3."""
import boto3

RETRY_DELAYS = {
    500: 1,
    502: 2,
    503: 5,
    "500": 10,
}


def upload_dump(path, bucket, key, archive=False):
    s3 = boto3.client("s3")
    extra = {
        "StorageClass": "STANDARD_IA",
        "ServerSideEncryption": "aws:kms",
        "Metadata": {"source": "pg_dump"},
    }
    if archive:
        extra["StorageClass"] = "GLACIER_IR"
    s3.upload_file(path, bucket, key, ExtraArgs=extra)
    return RETRY_DELAYS
