"""Litestar sign-in with every cookie flag set; the theme cookie is a preference."""
from litestar import Response, post
from litestar.datastructures import Cookie


@post("/sign-in")
async def sign_in(data: dict) -> Response:
    token = await open_session(data)
    return Response(
        {"ok": True},
        cookies=[
            Cookie(key="session", value=token, secure=True, httponly=True, samesite="strict"),
            Cookie(key="theme", value="dark"),
        ],
    )


async def open_session(data):
    return data["user"]
