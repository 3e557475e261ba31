import requests


class Settings:
    api_token = "ghp_4fT9kLm2QxR7vW1zN8bY3cH6jD0sP5aE2uKq"  # expect: hardcoded-secret
    timeout = 30


DATABASE_URL = "postgresql://app:s3cr3t-Pa55w0rd@db.example.com:5432/app"  # expect: hardcoded-secret

PAYMENT = {
    "stripe_secret_key": "sk_live_51HxQ2cK9vL3mN7pR4tW8yZ1aB6dE0fG",  # expect: hardcoded-secret
    "region": "eu-west-1",
}


def send(msg):
    headers = {"Authorization": "Bearer " + Settings.api_token}
    return requests.post("https://api.example.com/msg", json={"text": msg}, headers=headers, timeout=Settings.timeout)
