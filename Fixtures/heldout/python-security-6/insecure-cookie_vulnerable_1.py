"""Django Ninja login endpoints for the support portal."""
from django.contrib.auth import authenticate
from ninja import Router, Schema
from ninja.errors import HttpError

from .sessions import issue_session

router = Router()


class LoginIn(Schema):
    username: str
    password: str
    remember: bool = False


@router.post("/login")
def login(request, response, payload: LoginIn):
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None:
        raise HttpError(401, "invalid credentials")
    token = issue_session(user)
    response.set_cookie("support_sid", token, max_age=3600)  # expect: insecure-cookie
    if payload.remember:
        response.set_cookie(  # expect: insecure-cookie
            "support_remember",
            token,
            max_age=30 * 86400,
            secure=True,
            httponly=False,
            samesite="Lax",
        )
    return {"ok": True}
