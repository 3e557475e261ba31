import json
import logging

import redis

log = logging.getLogger(__name__)
cache = redis.Redis()


def cached_profile(user_id, load_profile):
    key = f"profile:{user_id}"
    profile = None
    try:
        raw = cache.get(key)
        if raw is not None:
            profile = json.loads(raw)
        else:
            profile = load_profile(user_id)
            cache.setex(key, 300, json.dumps(profile))
    except redis.ConnectionError:
        log.warning("cache down, loading %s directly", user_id)
        profile = load_profile(user_id)
    finally:
        return profile  # expect: return-in-finally
