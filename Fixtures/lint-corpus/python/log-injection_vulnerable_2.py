import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("orders")


def record(action, **details):
    text = ", ".join(f"{name}={value}" for name, value in details.items())
    log.info("%s: %s", action, text)  # expect: log-injection


@app.post("/orders/<order_id>/cancel")
def cancel(order_id):
    record("cancel", order=order_id, reason=request.form.get("reason", ""))
    return "", 204
