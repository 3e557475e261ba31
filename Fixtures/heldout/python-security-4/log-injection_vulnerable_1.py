"""Litestar password reset endpoints with an audit logger."""
import logging

from litestar import Litestar, Request, post

from .accounts import send_reset_mail

audit = logging.getLogger("audit.reset")


@post("/password/forgot")
async def forgot(request: Request, data: dict[str, str]) -> dict:
    email = data.get("email", "")
    agent = request.headers.get("user-agent", "-")
    audit.info("reset requested for %s (agent %s)", email, agent)  # expect: log-injection
    await send_reset_mail(email)
    return {"sent": True}


@post("/password/reset")
async def reset(data: dict[str, str]) -> dict:
    token = data.get("token", "")
    if len(token) != 43:
        audit.warning("malformed reset token received: " + token)  # expect: log-injection
        return {"ok": False}
    return {"ok": True}


app = Litestar(route_handlers=[forgot, reset])
