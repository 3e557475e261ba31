"""python-socketio connect handler: tokens verified with the shared key."""
import os

import jwt
import socketio

sio = socketio.AsyncServer(async_mode="aiohttp")
SIGNING_KEY = os.environ["WS_JWT_KEY"]


def _claims(token):
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})


@sio.event
async def connect(sid, environ, auth):
    if not auth or "token" not in auth:
        raise socketio.exceptions.ConnectionRefusedError("missing token")
    claims = _claims(auth["token"])
    await sio.save_session(sid, {"user": claims["sub"], "admin": claims.get("admin", False)})
    if claims.get("admin"):
        await sio.enter_room(sid, "operators")
