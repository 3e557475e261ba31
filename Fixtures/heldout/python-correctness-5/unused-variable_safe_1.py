"""Twilio SMS gateway for on-call acknowledgements."""
import logging

from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

from oncall.pages import acknowledge, open_pages

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/sms")
def incoming_sms():
    sender = request.form["From"]
    body = request.form.get("Body", "").strip().upper()
    received_at = request.headers.get("X-Twilio-Timestamp")
    log.info("sms from %s at %s", sender, received_at)
    reply = MessagingResponse()
    if body.startswith("ACK"):
        page_id = body.removeprefix("ACK").strip()
        try:
            acknowledge(page_id, by=sender)
        except KeyError as missing:
            reply.message(f"No open page {missing}")
        else:
            reply.message(f"Page {page_id} acknowledged")
    else:
        pending = open_pages(sender)
        reply.message(f"{len(pending)} open pages. Reply ACK <id> to acknowledge one")
    return str(reply)
