import logging

from flask import Flask, jsonify, request

from .accounts import send_reset_mail

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.post("/password/reset")
def request_reset():
    email = request.form.get("email", "")
    client = request.headers.get("X-Real-IP", request.remote_addr)
    audit.warning(f"password reset requested for {email} from {client}")  # expect: log-injection
    send_reset_mail(email)
    return jsonify({"sent": True})


@app.get("/search")
def search():
    query = request.args.get("q", "")
    entry = "search q=" + query
    entry += " page=" + request.args.get("page", "1")
    app.logger.info(entry)  # expect: log-injection
    return jsonify({"results": []})
