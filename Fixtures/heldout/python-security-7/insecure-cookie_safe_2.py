"""Muffin handlers for the newsletter preferences page; cookies secure and http-only."""
import secrets

import muffin

app = muffin.Application()


def _remember(response, token):
    response.set_cookie(
        "prefs_token", token, max_age=30 * 86400, path="/", secure=True, httponly=True, samesite="lax"
    )


@app.route("/prefs/start", methods=["POST"])
async def start(request):
    data = await request.form()
    token = secrets.token_urlsafe(24)
    await app.store.save_prefs(token, data.get("email"))
    response = muffin.ResponseRedirect("/prefs")
    _remember(response, token)
    return response
