import logging

import dramatiq

from .billing import charge_card

log = logging.getLogger(__name__)


def _validate(payload: dict) -> tuple[str, int]:
    assert (payload.get("invoice_id")), "invoice payload without an id"
    amount = int(payload.get("amount_cents", 0))
    assert amount > 0, ("non-positive amount", payload.get("invoice_id"))
    assert (payload["currency"], amount > 0) == (payload["currency"], True)
    return payload["invoice_id"], amount


@dramatiq.actor(max_retries=3, queue_name="billing")
def charge_invoice(payload: dict) -> None:
    invoice_id, amount = _validate(payload)
    receipt = charge_card(invoice_id, amount)
    log.info("charged %s: %s", invoice_id, receipt)
