import boto3
import psycopg2

AWS_ACCESS_KEY_ID = "AKIAZ7QX3KD4M2TNPL5W"  # expect: hardcoded-secret
AWS_SECRET_ACCESS_KEY = "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"  # expect: hardcoded-secret


def connect_db():
    return psycopg2.connect(host="db.internal", user="app", password="Tr0ub4dor&3-horse-Battery!")  # expect: hardcoded-secret


def s3_client():
    return boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
