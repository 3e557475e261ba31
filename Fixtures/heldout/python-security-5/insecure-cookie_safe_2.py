"""Azure Function that starts a kiosk session with a hardened Set-Cookie header."""
import json
import secrets

import azure.functions as func

from .kiosks import register_session

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
COOKIE_ATTRIBUTES = "Path=/kiosk; Max-Age=43200; Secure; HttpOnly; SameSite=Strict"


@app.route(route="kiosk/start", methods=["POST"])
def start(req: func.HttpRequest) -> func.HttpResponse:
    kiosk = req.get_json().get("kiosk")
    token = secrets.token_urlsafe(32)
    register_session(kiosk, token)
    return func.HttpResponse(
        json.dumps({"started": True}),
        mimetype="application/json",
        headers={"Set-Cookie": f"kiosk_token={token}; {COOKIE_ATTRIBUTES}"},
    )
