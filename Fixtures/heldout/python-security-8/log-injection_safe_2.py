"""Redis Streams consumer for support-chat messages."""
import json
import logging
import os

import redis

from .support import route_ticket

log = logging.getLogger("support.consumer")
r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
PRIORITIES = {"low", "normal", "urgent"}


def describe(fields):
    return "ticket: %s" % json.dumps({"customer": fields.get("customer"), "subject": fields.get("subject")})


def consume():
    last_id = "$"
    while True:
        for _, messages in r.xread({"support:chat": last_id}, block=5000, count=50):
            for message_id, fields in messages:
                last_id = message_id
                log.info(describe(fields))
                queue = route_ticket(fields)
                log.info("routed %s to %s", message_id, queue)
                priority = fields.get("priority")
                if priority in PRIORITIES and priority == "urgent":
                    log.warning("urgent ticket %s", message_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    consume()
