import boto3
import jwt
import psycopg

s3 = boto3.client("s3", aws_access_key_id="AKIAQ3EGRT5LMN2KXW7P", aws_secret_access_key="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")  # expect: hardcoded-secret


def connect():
    return psycopg.connect(host="db.internal", user="billing", password="Tr0ub4dor&3-billing")  # expect: hardcoded-secret


def sign(payload):
    return jwt.encode(payload, "9f2c7e1a4b8d6f3e0a5c2b7d9e4f1a6c", algorithm="HS256")  # expect: hardcoded-secret
