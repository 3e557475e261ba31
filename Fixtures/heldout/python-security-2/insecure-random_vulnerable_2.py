"""FastAPI developer portal: issues API keys and webhook signing secrets."""
import random
from dataclasses import dataclass, field

from fastapi import FastAPI

app = FastAPI()
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_rng = random.Random()


@dataclass
class Credentials:
    client_id: str
    api_key: str = field(default_factory=lambda: "sk_" + "".join(_rng.choices(ALPHABET, k=40)))  # expect: insecure-random


@app.post("/apps/{app_name}/credentials")
def create_credentials(app_name: str):
    creds = Credentials(client_id=app_name.lower())
    return {"client_id": creds.client_id, "api_key": creds.api_key}


@app.post("/apps/{app_name}/webhook-secret")
def rotate_webhook_secret(app_name: str):
    secret_bytes = bytes(random.randrange(256) for _ in range(32))  # expect: insecure-random
    return {"app": app_name, "whsec": secret_bytes.hex()}
