"""Litestar locale switcher; only known locales reach the session."""
import secrets

from litestar import Litestar, Request, post
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.response import Redirect

from .settings import session_secret

SUPPORTED = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "nl": "nl-NL"}


@post("/locale")
async def set_locale(request: Request) -> Redirect:
    form = await request.form()
    locale = SUPPORTED.get(str(form.get("lang", "")), "en-GB")
    request.session["locale"] = locale
    request.session["csrf_nonce"] = secrets.token_urlsafe(16)
    return Redirect(path="/")


session_config = CookieBackendConfig(secret=session_secret(), secure=True, httponly=True, samesite="lax")
app = Litestar(route_handlers=[set_locale], middleware=[session_config.middleware])
