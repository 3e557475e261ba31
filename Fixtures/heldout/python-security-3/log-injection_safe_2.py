import json
import logging
from uuid import UUID

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("payments.webhooks")
KNOWN = {"charge.succeeded", "charge.refunded", "charge.failed"}


@app.post("/webhooks/payments/{account_id}")
async def payment_webhook(account_id: UUID, request: Request):
    data = await request.json()
    kind = data.get("type")
    if kind not in KNOWN:
        log.warning("ignored webhook for account %s: type=%s", account_id, json.dumps(str(kind))[:120])
        return {"ignored": True}
    log.info("processing %s for %s (%d line items)", kind, account_id, len(data.get("items", [])))
    return {"ok": True}
