"""Chat ops: a Twilio SMS gateway for on-call acknowledgements."""
from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

from oncall.pages import acknowledge, open_pages

app = Flask(__name__)


@app.post("/sms")
def incoming_sms():
    sender = request.form["From"]
    body = request.form.get("Body", "").strip().upper()
    received_at = request.headers.get("X-Twilio-Timestamp")  # expect: unused-variable
    reply = MessagingResponse()
    if body.startswith("ACK"):
        page_id = body.removeprefix("ACK").strip()
        try:
            acknowledge(page_id, by=sender)
        except KeyError as missing:  # expect: unused-variable
            reply.message(f"No open page {page_id}")
        else:
            reply.message(f"Page {page_id} acknowledged")
    else:
        pending = open_pages(sender)  # expect: unused-variable
        reply.message("Reply ACK <id> to acknowledge a page")
    return str(reply)
