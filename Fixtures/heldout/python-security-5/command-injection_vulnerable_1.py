"""Azure Functions network diagnostics endpoint for the support desk."""
import json
import subprocess

import azure.functions as func

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)


@app.route(route="diag/trace", methods=["GET"])
def trace(req: func.HttpRequest) -> func.HttpResponse:
    host = req.params.get("host", "")
    hops = req.params.get("hops", "15")
    result = subprocess.run(f"traceroute -m {hops} {host}", shell=True, capture_output=True, text=True)  # expect: command-injection
    return func.HttpResponse(json.dumps({"output": result.stdout}), mimetype="application/json")


def _whois_line(domain):
    return "whois " + domain + " | head -n 40"


@app.route(route="diag/whois", methods=["POST"])
def whois(req: func.HttpRequest) -> func.HttpResponse:
    domain = req.get_json().get("domain", "")
    text = subprocess.getoutput(_whois_line(domain))  # expect: command-injection
    return func.HttpResponse(json.dumps({"whois": text}), mimetype="application/json")
