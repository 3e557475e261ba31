"""Quart log viewer for the on-call dashboard."""
import re
from pathlib import Path

from quart import Quart, jsonify, request

app = Quart(__name__)

LOG_FILE = Path("/var/log/app/current.log")


def matching_lines(pattern, limit=500):
    hits = []
    with LOG_FILE.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if re.search(pattern, line):  # expect: regex-injection
                hits.append(line.rstrip("\n"))
                if len(hits) >= limit:
                    break
    return hits


@app.get("/logs/grep")
async def grep():
    return jsonify(lines=matching_lines(request.args.get("pattern", "ERROR")))


@app.get("/logs/requests")
async def requests_with_id():
    prefix = request.args.get("prefix", "req-")
    id_pattern = re.compile(prefix + r"[0-9a-f]{8}")  # expect: regex-injection
    text = LOG_FILE.read_text(encoding="utf-8", errors="replace")
    return jsonify(ids=sorted(set(id_pattern.findall(text)))[:200])
