import logging

from fastapi import FastAPI, Header, Request

app = FastAPI()
log = logging.getLogger("payments.webhooks")


class WebhookEvent:
    def __init__(self, data):
        self.kind = data.get("type", "unknown")
        self.account = data.get("account", "")


@app.post("/webhooks/payments")
async def payment_webhook(request: Request, user_agent: str = Header("")):
    event = WebhookEvent(await request.json())
    if event.kind not in ("charge.succeeded", "charge.refunded"):
        log.error("ignored webhook %s for account %s (agent %s)", event.kind, event.account, user_agent)  # expect: log-injection
        return {"ignored": True}
    message = "processing {} for {}".format(event.kind, event.account)
    log.info(message)  # expect: log-injection
    return {"ok": True}
