"""AWS Chalice API that runs network diagnostics from the ops console."""
import re
import subprocess

from chalice import BadRequestError, Chalice

app = Chalice(app_name="netdiag")

HOSTNAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}


@app.route("/dns/{name}", methods=["GET"])
def lookup(name):
    params = app.current_request.query_params or {}
    record_type = params.get("type", "A")
    if record_type not in RECORD_TYPES or not HOSTNAME.fullmatch(name):
        raise BadRequestError("bad query")
    result = subprocess.run(
        ["dig", "+short", record_type, "--", name],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return {"name": name, "answers": result.stdout.split()}
