"""Twisted Klein service for the kiosk fleet; only the public status page is open to every origin."""
import json

from klein import Klein

app = Klein()

FLEET_CONSOLE = b"https://fleet.example.com"


@app.route("/status", methods=["GET"])
def status(request):
    request.setHeader(b"Access-Control-Allow-Origin", b"*")
    return json.dumps({"ok": True})


@app.route("/kiosks/<kid>/reboot", methods=["POST", "OPTIONS"])
def reboot(request, kid):
    if request.getHeader(b"origin") == FLEET_CONSOLE:
        request.setHeader(b"Access-Control-Allow-Origin", FLEET_CONSOLE)
        request.setHeader(b"Access-Control-Allow-Credentials", b"true")
    return json.dumps({"kiosk": kid, "queued": True})
