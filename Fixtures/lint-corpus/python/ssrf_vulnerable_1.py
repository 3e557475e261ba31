import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/preview")
def link_preview():
    url = request.args.get("url")
    page = requests.get(url, timeout=5)  # expect: ssrf
    return jsonify({"status": page.status_code, "length": len(page.text)})


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    target = request.get_json()["callback"]
    reply = requests.post(target + "/ping", json={"ok": True}, timeout=5)  # expect: ssrf
    return jsonify({"delivered": reply.ok})


@app.route("/status")
def service_status():
    host = request.args["host"]
    health = requests.get(f"http://{host}:8080/health", timeout=2)  # expect: ssrf
    return jsonify(health.json())
