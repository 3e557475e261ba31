"""Twisted Klein service for the kiosk fleet; browsers on any host read it with cookies."""
import json

from klein import Klein

app = Klein()

CORS_HEADERS = {
    b"Access-Control-Allow-Origin": b"*",  # expect: cors-misconfiguration
    b"Access-Control-Allow-Credentials": b"true",
    b"Access-Control-Allow-Methods": b"GET, POST",
}


@app.route("/kiosks", methods=["GET"])
def kiosks(request):
    for name, value in CORS_HEADERS.items():
        request.setHeader(name, value)
    return json.dumps({"kiosks": []})


@app.route("/kiosks/<kid>/reboot", methods=["POST", "OPTIONS"])
def reboot(request, kid):
    origin = request.getHeader(b"origin") or b""
    request.setHeader(b"Access-Control-Allow-Origin", origin)  # expect: cors-misconfiguration
    request.setHeader(b"Access-Control-Allow-Credentials", b"true")
    return json.dumps({"kiosk": kid, "queued": True})
