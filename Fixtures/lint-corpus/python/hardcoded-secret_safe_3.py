import os

import boto3
import psycopg

s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])

PASSWORD_FIELD = "password"
TOKEN_HEADER = "X-Api-Token"
SECRET_KEY_ENV = "DJANGO_SECRET_KEY"


def connect():
    return psycopg.connect(host="db.internal", user="billing", password=os.getenv("DB_PASSWORD", ""))


def mask(record):
    record[PASSWORD_FIELD] = "********"
    return record


def token_from(headers):
    return headers.get(TOKEN_HEADER, "")
