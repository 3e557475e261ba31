import json
import urllib.request

import httpx
from flask import Flask, jsonify, request

app = Flask(__name__)


class WebhookClient:
    def __init__(self):
        self.client = httpx.Client(timeout=10)

    def deliver(self, endpoint, event):
        return self.client.post(endpoint, json=event)  # expect: ssrf


hooks = WebhookClient()


@app.post("/hooks/test")
def test_hook():
    cfg = request.get_json()
    res = hooks.deliver(cfg["callback_url"], {"type": "ping"})
    return jsonify(status=res.status_code)


@app.get("/import")
def import_feed():
    feed = request.args.get("feed")
    opts = {"src": feed, "limit": 20}
    with urllib.request.urlopen(opts["src"]) as fh:  # expect: ssrf
        items = json.load(fh)[: opts["limit"]]
    return jsonify(items=items)
