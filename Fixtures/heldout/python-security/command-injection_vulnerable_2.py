import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class NetTools:
    def __init__(self, timeout=5):
        self.timeout = timeout

    def ping(self, host, count):
        cmd = f"ping -c {count} -W {self.timeout} {host}"
        proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)  # expect: command-injection
        return proc.stdout

    def trace(self, host):
        argv = ["bash", "-c"]
        argv.append("traceroute -m 15 " + host + " | tail -n 5")
        return subprocess.check_output(argv, text=True)  # expect: command-injection


tools = NetTools()


@app.post("/diag/ping")
def ping():
    data = request.get_json()
    return jsonify(output=tools.ping(data["host"], data.get("count", 3)))


@app.get("/diag/trace")
def trace():
    return jsonify(output=tools.trace(request.args["host"]))
