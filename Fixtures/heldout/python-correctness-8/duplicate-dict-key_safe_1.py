"""Huey configuration shared by the web and worker processes."""
from huey import RedisHuey, crontab

from .cleanup import purge_expired_sessions

BASE_SETTINGS = {"name": "newsroom", "results": True, "utc": True}
WORKER_SETTINGS = {**BASE_SETTINGS, "results": False, "immediate": False}

huey = RedisHuey(**WORKER_SETTINGS)

RETRY_POLICY = {"retries": 3, "retry_delay": 60}
RETRY_POLICY["retries"] = 5


@huey.periodic_task(crontab(minute="*/30"), **RETRY_POLICY)
def purge_sessions():
    removed = purge_expired_sessions()
    return {"removed": removed, "Removed": removed > 0}


@huey.task()
def expire_session(session_id: str) -> bool:
    return purge_expired_sessions(only=session_id) > 0
