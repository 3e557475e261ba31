"""Litestar sign-in endpoint issuing the session and a device cookie."""
import os
import secrets

from litestar import Litestar, Response, post
from litestar.datastructures import Cookie
from litestar.exceptions import NotAuthorizedException

from .accounts import verify_login

DEVICE_COOKIE_AGE = 60 * 60 * 24 * 365


@post("/sign-in")
async def sign_in(data: dict[str, str]) -> Response:
    user = await verify_login(data.get("email", ""), data.get("password", ""))
    if user is None:
        raise NotAuthorizedException()
    session_token = await user.new_session()
    device = secrets.token_urlsafe(24)
    return Response(
        {"ok": True},
        cookies=[
            Cookie(key="session", value=session_token, httponly=False, secure=True, samesite="lax"),  # expect: insecure-cookie
            Cookie(key="device_id", value=device, max_age=DEVICE_COOKIE_AGE),  # expect: insecure-cookie
        ],
    )


app = Litestar(route_handlers=[sign_in], debug=os.environ.get("DEBUG") == "1")
