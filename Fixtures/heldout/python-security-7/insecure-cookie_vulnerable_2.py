"""Muffin handlers for the newsletter preferences page."""
import secrets

import muffin

app = muffin.Application()


def _remember(response, token):
    response.set_cookie("prefs_token", token, max_age=30 * 86400, path="/")  # expect: insecure-cookie


@app.route("/prefs/start", methods=["POST"])
async def start(request):
    data = await request.form()
    token = secrets.token_urlsafe(24)
    await app.store.save_prefs(token, data.get("email"))
    response = muffin.ResponseRedirect("/prefs")
    _remember(response, token)
    response.set_cookie("csrf", secrets.token_hex(16), httponly=False, samesite="none")  # expect: insecure-cookie
    return response
