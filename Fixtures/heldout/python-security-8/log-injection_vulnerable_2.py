"""Redis Streams consumer for support-chat messages."""
import logging
import os

import redis

from .support import route_ticket

log = logging.getLogger("support.consumer")
r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)


def describe(fields):
    return "ticket from %s: %s" % (fields.get("customer", "?"), fields.get("subject", ""))


def consume():
    last_id = "$"
    while True:
        for _, messages in r.xread({"support:chat": last_id}, block=5000, count=50):
            for message_id, fields in messages:
                last_id = message_id
                log.info(describe(fields))  # expect: log-injection
                queue = route_ticket(fields)
                log.info("routed %s to %s", message_id, queue)
                if fields.get("priority") == "urgent":
                    log.warning("urgent ticket, agent note: %s", fields.get("note", ""))  # expect: log-injection


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    consume()
