import logging

from fastapi import FastAPI, Request

logger = logging.getLogger("payments")
app = FastAPI()


def audit(event: str, **fields):
    details = " ".join(f"{k}={v}" for k, v in fields.items())
    logger.info("%s %s", event, details)  # expect: log-injection


@app.post("/refunds/{order_id}")
async def refund(order_id: str, reason: str, request: Request):
    audit("refund.requested", order=order_id, reason=reason, ip=request.client.host)
    return {"status": "queued"}


@app.get("/coupons/{code}")
async def coupon(code: str):
    logger.error("unknown coupon code: " + code)  # expect: log-injection
    return {"valid": False}
