"""Litestar sign-in endpoint with CR/LF stripped from logged values."""
import logging

from litestar import Litestar, post

from .accounts import authenticate

log = logging.getLogger("auth")


def one_line(value: str, limit: int = 120) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:limit]


@post("/sign-in")
async def sign_in(data: dict[str, str]) -> dict:
    username = data.get("username", "")
    user = await authenticate(username, data.get("password", ""))
    if user is None:
        log.warning("failed sign-in for %s", one_line(username))
        return {"ok": False}
    log.info("user %d signed in", user.id)
    return {"ok": True}


app = Litestar(route_handlers=[sign_in])
