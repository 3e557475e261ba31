"""Huey task queue configuration and periodic jobs."""
from huey import RedisHuey, crontab

from .reports import build_weekly_digest

HUEY_SETTINGS = {
    "name": "newsroom",
    "results": True,
    "store_none": False,
    "immediate": False,
    "results": False,  # expect: duplicate-dict-key
    "utc": True,
}

huey = RedisHuey(**HUEY_SETTINGS)

RETRY_POLICY = {"retries": 3, "retry_delay": 60, "retries": 5}  # expect: duplicate-dict-key


@huey.periodic_task(crontab(day_of_week="1", hour="6", minute="0"), **RETRY_POLICY)
def weekly_digest():
    digest = build_weekly_digest()
    return {"sections": len(digest.sections), "words": digest.word_count}
