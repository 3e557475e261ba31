"""Litestar guard that reads the caller's roles from the bearer token."""
import jwt
from litestar import Litestar, get
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler


def bearer(connection: ASGIConnection) -> str:
    header = connection.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        raise NotAuthorizedException()
    return header[7:]


def claims_of(token: str) -> dict:
    # the gateway in front of us "already checked" the signature
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-misuse


def admin_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    claims = claims_of(bearer(connection))
    if "admin" not in claims.get("roles", []):
        raise PermissionDeniedException()


@get("/admin/tenants", guards=[admin_guard])
async def tenants() -> list[str]:
    from .tenants import all_tenant_names

    return await all_tenant_names()


app = Litestar(route_handlers=[tenants])
