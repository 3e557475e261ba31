"""Litestar sign-in handing cookie objects to the response."""
from litestar import Response, post
from litestar.datastructures import Cookie


@post("/sign-in")
async def sign_in(data: dict) -> Response:
    token = await open_session(data)
    return Response(
        {"ok": True},
        cookies=[
            Cookie(key="session", value=token, secure=False, httponly=True),  # expect: insecure-cookie
            Cookie(key="remember", value=token, max_age=86400),  # expect: insecure-cookie
        ],
    )


async def open_session(data):
    return data["user"]
