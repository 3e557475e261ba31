import logging
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/proxy/image")
def proxy_image():
    url = request.args.get("url", "")
    if "images.example.com" not in url:
        abort(400)
    reply = requests.get(url, timeout=5)  # expect: ssrf
    return reply.content, 200, {"Content-Type": reply.headers.get("Content-Type", "image/png")}


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    target = request.json["callback"]
    host = urlparse(target).hostname or ""
    if host.endswith(".internal"):
        log.warning("webhook test to internal host %s", host)  # expect: log-injection
    reply = requests.post(target, json={"ping": True}, timeout=3)  # expect: ssrf
    return jsonify(status=reply.status_code)


@app.route("/feeds/preview")
def preview_feed():
    feed = request.args["feed"]
    if not feed.startswith("http"):
        abort(400)
    parsed = urlparse(feed)
    if parsed.scheme != "https":
        abort(400)
    return requests.get(feed, timeout=5).text  # expect: ssrf
