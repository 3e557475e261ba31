"""Plain ASGI app for a survey tool."""
from http.cookies import SimpleCookie

from .surveys import start_response_session


def _session_header(token):
    jar = SimpleCookie()
    jar["survey_session"] = token
    jar["survey_session"]["path"] = "/"
    jar["survey_session"]["secure"] = True
    jar["survey_session"]["httponly"] = True
    jar["survey_session"]["samesite"] = "Lax"
    return jar["survey_session"].OutputString()


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    survey = scope["path"].rsplit("/", 1)[-1]
    token = await start_response_session(survey)
    await send({
        "type": "http.response.start",
        "status": 200,
        "headers": [
            (b"content-type", b"application/json"),
            (b"set-cookie", _session_header(token).encode()),
        ],
    })
    await send({"type": "http.response.body", "body": b'{"ok": true}'})
