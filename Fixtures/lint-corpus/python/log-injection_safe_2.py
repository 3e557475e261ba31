"""Billing webhooks: values logged with %r, counts as numbers."""
import logging

from flask import Flask, request

app = Flask(__name__)
events = logging.getLogger("billing.events")


@app.post("/billing/refund")
def refund():
    order = request.form["order"]
    amount = int(request.form.get("amount", "0"))
    events.info("refund requested for %r", order)
    events.info("refund amount %d cents", amount)
    events.info("refund form had %d fields", len(request.form))
    return {"ok": True}
