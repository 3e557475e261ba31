import logging

from flask import Flask, jsonify, request

from .accounts import send_reset_mail

app = Flask(__name__)
audit = logging.getLogger("audit")


def clean(value, limit=200):
    return value.replace("\r", "\\r").replace("\n", "\\n")[:limit]


@app.post("/password/reset")
def request_reset():
    email = request.form.get("email", "")
    client = request.headers.get("X-Real-IP", request.remote_addr)
    audit.warning("password reset requested for %s from %s", clean(email), clean(client or "-"))
    send_reset_mail(email)
    return jsonify({"sent": True})
