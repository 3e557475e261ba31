"""AWS Chalice API that runs network diagnostics from the ops console."""
import os

from chalice import Chalice, Response

app = Chalice(app_name="netdiag")


def _dig_line(name, record_type):
    return "dig +short " + record_type + " " + name


@app.route("/dns/{name}", methods=["GET"])
def lookup(name):
    params = app.current_request.query_params or {}
    record_type = params.get("type", "A")
    stream = os.popen(_dig_line(name, record_type))  # expect: command-injection
    try:
        answers = stream.read().split()
    finally:
        stream.close()
    return {"name": name, "answers": answers}


@app.route("/mtr", methods=["POST"])
def mtr():
    body = app.current_request.json_body or {}
    target = body.get("target", "")
    cycles = body.get("cycles", "5")
    status = os.system(f"mtr --report -c {cycles} {target} > /var/log/netdiag/last.txt")  # expect: command-injection
    return Response(body={"exit": status}, status_code=200)
