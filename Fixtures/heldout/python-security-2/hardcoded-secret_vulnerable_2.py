"""Nightly export job: pushes the day's orders to the ERP and to S3."""
import boto3
import requests

ERP_URL = "https://erp.example.com/api/v2/orders"
ERP_API_TOKEN = "erp_live_6f1c9a2b7d4e8f0a3c5b9d1e7f2a4c6b"  # expect: hardcoded-secret


def s3_client():
    return boto3.client(
        "s3",
        aws_access_key_id="AKIA4HX2Q7LMZ3RBN6TD",  # expect: hardcoded-secret
        aws_secret_access_key="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",  # expect: hardcoded-secret
        region_name="eu-west-1",
    )


def push_to_erp(orders: list[dict]) -> int:
    resp = requests.post(
        ERP_URL,
        json={"orders": orders},
        headers={"Authorization": f"Bearer {ERP_API_TOKEN}"},
        timeout=30,
    )
    resp.raise_for_status()
    return len(orders)


def archive(day: str, payload: bytes) -> None:
    s3_client().put_object(Bucket="orders-archive", Key=f"{day}.json", Body=payload)
