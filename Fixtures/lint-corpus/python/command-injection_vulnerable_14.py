"""Ops endpoint tailing a service's journal on a remote host over SSH (paramiko)."""
import paramiko
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/ops/<host>/journal")
def journal(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="ops")
    unit = request.args.get("unit", "nginx")
    _, out, _ = client.exec_command("journalctl -n 100 -u " + unit)  # expect: command-injection
    return jsonify(lines=out.read().decode().splitlines())
