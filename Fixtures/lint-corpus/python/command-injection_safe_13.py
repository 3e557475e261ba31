"""Ops endpoint tailing a service's journal over SSH, with the unit quoted and the count a number."""
import shlex

import paramiko
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/ops/<host>/journal")
def journal(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="ops")
    unit = shlex.quote(request.args.get("unit", "nginx"))
    count = int(request.args.get("n", "100"))
    _, out, _ = client.exec_command(f"journalctl -n {count} -u {unit}")
    return jsonify(lines=out.read().decode().splitlines())
