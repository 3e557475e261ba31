"""boto3 multipart upload of large video files to the archive bucket."""
import logging

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger(__name__)
PART = 64 * 1024 * 1024


def upload(path, bucket, key):
    s3 = boto3.client("s3")
    upload_id = s3.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"]
    parts = []
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(PART):
                number = len(parts) + 1
                etag = s3.upload_part(Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=chunk)["ETag"]
                parts.append({"PartNumber": number, "ETag": etag})
        s3.complete_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts})
    except ClientError:
        s3.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)
        raise
    finally:
        log.info("uploaded %d parts of %s", len(parts), key)
    return len(parts)
