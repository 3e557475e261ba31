"""Settings module of the arq workers that sync invoices to the accounting system."""
from arq.connections import RedisSettings

REDIS = RedisSettings(host="queue.internal", port=6379, password="q8s-R3dis-prod-pass")  # expect: hardcoded-secret

ACCOUNTING = {
    "base_url": "https://books.example.com/api",
    "client_id": "invoice-sync",
    "client_secret": "b1c7f0e2a93d4c58be6aa0d2f71e9c34",  # expect: hardcoded-secret
    "timeout": 20,
}


class WorkerSettings:
    redis_settings = REDIS
    max_jobs = 4
    job_timeout = 300
