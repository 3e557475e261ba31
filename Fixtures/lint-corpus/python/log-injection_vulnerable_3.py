"""Billing webhooks: events logged under their own logger."""
import logging

from flask import Flask, request

app = Flask(__name__)
events = logging.getLogger("billing.events")
security_trail = logging.getLogger("billing.security")


@app.post("/billing/refund")
def refund():
    order = request.form["order"]
    reason = request.form.get("reason", "")
    events.info("refund requested for %s: %s" % (order, reason))  # expect: log-injection
    return {"ok": True}


@app.post("/billing/login-failed")
def login_failed():
    security_trail.warning("failed login for %s", request.form["user"])  # expect: log-injection
    return {"ok": False}, 401
