import logging

import dramatiq
from dramatiq.brokers.redis import RedisBroker

from .fulfilment import reserve_stock, notify_warehouse

broker = RedisBroker(url="redis://localhost:6379/3")
dramatiq.set_broker(broker)
log = logging.getLogger(__name__)


def _check_payload(payload: dict) -> None:
    assert (payload.get("order_id"), "order payload without an id")  # expect: assert-on-tuple
    assert isinstance(payload.get("lines"), list), "lines must be a list"


@dramatiq.actor(max_retries=5, queue_name="fulfilment")
def fulfil_order(payload: dict) -> None:
    _check_payload(payload)
    reserved = reserve_stock(payload["order_id"], payload["lines"])
    log.info("reserved %d line(s) for %s", len(reserved), payload["order_id"])
    notify_warehouse(payload["order_id"], reserved)
