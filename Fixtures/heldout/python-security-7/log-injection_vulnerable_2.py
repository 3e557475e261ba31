"""Lambda handler behind API Gateway that receives shipment webhooks."""
import json
import logging

logger = logging.getLogger()
logger.setLevel(logging.INFO)


class Shipment:
    def __init__(self, body):
        self.tracking = body.get("tracking", "")
        self.status = body.get("status", "")
        self.note = body.get("note", "")

    def summary(self):
        return "shipment %s is now %s (%s)" % (self.tracking, self.status, self.note)


def handler(event, context):
    shipment = Shipment(json.loads(event.get("body") or "{}"))
    logger.info(shipment.summary())  # expect: log-injection
    carrier = event.get("headers", {}).get("x-carrier", "unknown")
    logger.warning("webhook from carrier %s", carrier)  # expect: log-injection
    return {"statusCode": 204}
