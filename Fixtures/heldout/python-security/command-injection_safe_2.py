import ipaddress
import re
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
HOSTNAME_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")


def checked_host(value):
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        if not HOSTNAME_RE.fullmatch(value):
            abort(400)
        return value


@app.post("/diag/ping")
def ping():
    data = request.get_json()
    host = checked_host(data["host"])
    count = min(int(data.get("count", 3)), 10)
    proc = subprocess.run(
        ["ping", "-c", str(count), "-W", "5", "--", host],
        capture_output=True,
        text=True,
    )
    return jsonify(output=proc.stdout)


@app.get("/diag/trace")
def trace():
    host = checked_host(request.args["host"])
    script = 'traceroute -m 15 "$1" | tail -n 5'
    out = subprocess.check_output(["sh", "-c", script, "trace", host], text=True)
    return jsonify(output=out)
