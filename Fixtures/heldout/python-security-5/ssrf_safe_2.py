"""Azure Function that checks an agent's status only on registered agent hosts."""
import json
from urllib.parse import urlsplit

import azure.functions as func
import urllib3

from .agents import registered_hosts

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
pool = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=5.0), retries=urllib3.Retry(redirect=0))


@app.route(route="agents/check", methods=["POST"])
def check(req: func.HttpRequest) -> func.HttpResponse:
    parts = urlsplit(req.get_json().get("url", ""))
    allowed = registered_hosts(req.headers.get("X-Tenant-Id", ""))
    if parts.scheme != "https" or parts.hostname not in allowed or parts.port not in (None, 443) or parts.username:
        return func.HttpResponse("agent not registered", status_code=400)
    resp = pool.request("GET", f"https://{parts.hostname}/status", redirect=False)
    return func.HttpResponse(json.dumps({"status": resp.status}), mimetype="application/json")
