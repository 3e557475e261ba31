import logging

import faust

log = logging.getLogger("returns")
app = faust.App("returns", broker="kafka://kafka.internal:9092")


class ReturnRequest(faust.Record):
    order_id: str
    customer_email: str
    reason: str


requests_topic = app.topic("return-requests", value_type=ReturnRequest)


def summary(request):
    return "return for %s by %s: %s" % (request.order_id, request.customer_email, request.reason)


@app.agent(requests_topic)
async def record_returns(stream):
    async for request in stream:
        log.info(summary(request))  # expect: log-injection
        if "damaged" in request.reason.lower():
            log.warning(f"damage reported on {request.order_id}: {request.reason}")  # expect: log-injection
