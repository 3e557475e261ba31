import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
http = requests.Session()
http.headers["User-Agent"] = "hookbot/2.1"


class Webhook:
    def __init__(self, spec):
        self.url = spec["url"]
        self.event = spec.get("event", "ping")
        self.timeout = float(spec.get("timeout", 5))


def deliver(hook, payload):
    resp = http.post(hook.url, json={"event": hook.event, "data": payload}, timeout=hook.timeout)  # expect: ssrf
    return resp.status_code


@app.post("/webhooks/test")
def test_webhook():
    hook = Webhook(request.get_json(force=True))
    status = deliver(hook, {"hello": "world"})
    return jsonify({"delivered": status < 400, "status": status})
