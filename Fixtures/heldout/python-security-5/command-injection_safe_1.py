"""Azure Functions network diagnostics endpoint, arguments passed as an argv list."""
import ipaddress
import json
import re
import subprocess

import azure.functions as func

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
HOSTNAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*")


def _valid_target(host):
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return HOSTNAME.fullmatch(host) is not None


@app.route(route="diag/trace", methods=["GET"])
def trace(req: func.HttpRequest) -> func.HttpResponse:
    host = req.params.get("host", "")
    hops = min(int(req.params.get("hops", "15")), 30)
    if not _valid_target(host):
        return func.HttpResponse("bad host", status_code=400)
    result = subprocess.run(["traceroute", "-m", str(hops), "--", host], capture_output=True, text=True)
    return func.HttpResponse(json.dumps({"output": result.stdout}), mimetype="application/json")
