import logging
import uuid

from fastapi import FastAPI, Request

logger = logging.getLogger("payments")
app = FastAPI()
REASONS = {"damaged", "late", "wrong-item", "other"}


def audit(event: str, **fields):
    details = " ".join(f"{k}={v!r}" for k, v in fields.items())
    logger.info("%s %s", event, details)


@app.post("/refunds/{order_id}")
async def refund(order_id: uuid.UUID, reason: str, request: Request):
    audit("refund.requested", order=str(order_id), reason=reason if reason in REASONS else "other")
    logger.debug("refund from %s", request.client.host)
    return {"status": "queued"}


@app.get("/coupons/{code}")
async def coupon(code: int):
    logger.error("unknown coupon code: %d", code)
    return {"valid": False}
