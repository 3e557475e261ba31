"""Azure Functions that check the health of a customer's self-hosted agent."""
import http.client
import json

import azure.functions as func
import urllib3

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
pool = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=5.0))


class AgentProbe:
    def __init__(self, body):
        self.host = body["host"]
        self.port = int(body.get("port", 8080))

    def status_url(self):
        return f"http://{self.host}:{self.port}/status"


@app.route(route="agents/check", methods=["POST"])
def check(req: func.HttpRequest) -> func.HttpResponse:
    probe = AgentProbe(req.get_json())
    resp = pool.request("GET", probe.status_url())  # expect: ssrf
    return func.HttpResponse(json.dumps({"status": resp.status}), mimetype="application/json")


@app.route(route="agents/version", methods=["GET"])
def version(req: func.HttpRequest) -> func.HttpResponse:
    host = req.params.get("host", "")
    conn = http.client.HTTPSConnection(host, timeout=5)  # expect: ssrf
    conn.request("GET", "/version")
    body = conn.getresponse().read()
    return func.HttpResponse(body, mimetype="application/json")
