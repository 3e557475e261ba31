"""AWS Lambda that reads its database credentials from Secrets Manager."""
import json
import os

import boto3
import pymysql

SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:sales/digest-reader-AbCdEf"
DB_SECRET_NAME = os.environ.get("DB_SECRET_NAME", SECRET_ARN)

_secrets = boto3.client("secretsmanager")
_cached = None


def db_credentials():
    global _cached
    if _cached is None:
        value = _secrets.get_secret_value(SecretId=DB_SECRET_NAME)["SecretString"]
        _cached = json.loads(value)
    return _cached


def handler(event, context):
    creds = db_credentials()
    conn = pymysql.connect(
        host=creds["host"],
        user=creds["username"],
        password=creds["password"],
        database="sales",
    )
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT COUNT(*) FROM orders WHERE created_at >= CURDATE()")
            return {"statusCode": 200, "body": json.dumps({"orders": cur.fetchone()[0]})}
    finally:
        conn.close()
