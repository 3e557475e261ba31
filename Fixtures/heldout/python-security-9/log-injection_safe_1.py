import logging

import faust

log = logging.getLogger("returns")
app = faust.App("returns", broker="kafka://kafka.internal:9092")
REASONS = {"damaged", "late", "wrong-item", "other"}


class ReturnRequest(faust.Record):
    order_id: str
    customer_email: str
    reason: str


requests_topic = app.topic("return-requests", value_type=ReturnRequest)


@app.agent(requests_topic)
async def record_returns(stream):
    async for request in stream:
        reason = request.reason if request.reason in REASONS else "other"
        log.info("return recorded, reason=%s, reason_length=%d", reason, len(request.reason))
        if reason == "damaged":
            log.warning("damage reported, reason code %s", reason)
