"""Quart webhook receiver for the payment provider."""
from quart import Quart, jsonify, request

from .payments import apply_event, signature_ok

app = Quart(__name__)


def describe(event_type, source):
    return "webhook {} from {}".format(event_type, source)


@app.post("/webhooks/payments")
async def payments_webhook():
    raw = await request.get_data()
    forwarded = request.headers.get("X-Forwarded-For", request.remote_addr)
    if not signature_ok(raw, request.headers.get("X-Signature", "")):
        app.logger.warning(f"rejected webhook from {forwarded}")  # expect: log-injection
        return jsonify(error="bad signature"), 400
    event = await request.get_json()
    app.logger.info(describe(event.get("type"), forwarded))  # expect: log-injection
    await apply_event(event)
    return jsonify(ok=True)
