"""Job and plugin entry points log what they were handed: not remote input, so not log injection
(CodeQL's threat model counts requests and network messages only)."""
import logging

import dramatiq
from huey import RedisHuey

log = logging.getLogger("billing")
huey = RedisHuey("billing")


@dramatiq.actor(max_retries=3)
def charge(invoice_id, customer):
    log.info("charging invoice %s for %s", invoice_id, customer)


@huey.signal()
def on_signal(signal, task, exc=None):
    log.warning("task %s %s: %s", task.id, signal, exc)
