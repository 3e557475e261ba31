import httpx
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args["url"]
    resp = requests.get(url, timeout=5)  # expect: ssrf
    return jsonify(length=len(resp.content))


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    hook = request.get_json()["callback"]
    if "example.com" in hook:
        r = httpx.post(hook, json={"ping": True}, timeout=5)  # expect: ssrf
        return jsonify(status=r.status_code)
    return jsonify(status=None)


@app.route("/avatar/fetch")
def fetch_avatar():
    host = request.args.get("cdn", "cdn.example.com")
    r = requests.get(f"https://{host}/avatars/{request.args.get('id')}", timeout=5)  # expect: ssrf
    return jsonify(size=len(r.content))
