"""boto3 helper that uploads nightly database dumps to S3."""
import boto3

RETRY_DELAYS = {
    500: 1,
    502: 2,
    503: 5,
    500: 10,  # expect: duplicate-dict-key
}


def upload_dump(path, bucket, key):
    s3 = boto3.client("s3")
    extra = {
        "StorageClass": "STANDARD_IA",
        "ServerSideEncryption": "aws:kms",
        "Metadata": {"source": "pg_dump"},
        "StorageClass": "GLACIER_IR",  # expect: duplicate-dict-key
    }
    s3.upload_file(path, bucket, key, ExtraArgs=extra)
    return RETRY_DELAYS
