import re
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)
LOG_DIR = Path("/var/log/app")


def grep(lines, term, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    matcher = re.compile(".*" + term + ".*", flags)  # expect: regex-injection
    return [line for line in lines if matcher.match(line)]


@app.get("/logs/today")
def search_logs():
    lines = (LOG_DIR / "app.log").read_text().splitlines()[-5000:]
    hits = grep(lines, request.args.get("q", ""), request.args.get("i") == "1")
    return jsonify({"count": len(hits), "lines": hits[:200]})


@app.post("/logs/redact")
def redact_preview():
    body = request.get_json(force=True)
    sample = body.get("sample", "")
    redacted = re.sub(body["pattern"], "[REDACTED]", sample)  # expect: regex-injection
    return jsonify({"preview": redacted})
