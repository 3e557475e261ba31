"""Settings module of the arq workers that sync invoices to the accounting system."""
import os

from arq.connections import RedisSettings

REDIS = RedisSettings(
    host=os.environ.get("REDIS_HOST", "queue.internal"),
    port=6379,
    password=os.environ.get("REDIS_PASSWORD"),
)

ACCOUNTING = {
    "base_url": "https://books.example.com/api",
    "client_id": "invoice-sync",
    "client_secret": os.environ["ACCOUNTING_CLIENT_SECRET"],
    "token_path": "/oauth/token",
    "timeout": 20,
}


class WorkerSettings:
    redis_settings = REDIS
    max_jobs = 4
    job_timeout = 300
