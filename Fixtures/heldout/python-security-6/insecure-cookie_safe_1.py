"""Django Ninja login endpoints for the support portal."""
from django.contrib.auth import authenticate
from ninja import Router, Schema
from ninja.errors import HttpError

from .sessions import issue_session

router = Router()

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Strict"}


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
    max_age = 30 * 86400 if payload.remember else 3600
    response.set_cookie("support_sid", token, max_age=max_age, **COOKIE_FLAGS)
    return {"ok": True}
