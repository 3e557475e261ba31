"""python-socketio connect handler: the browser sends its access token in the auth payload."""
import jwt
import socketio

sio = socketio.AsyncServer(async_mode="aiohttp")


def _claims(token):
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-misuse


@sio.event
async def connect(sid, environ, auth):
    if not auth or "token" not in auth:
        raise socketio.exceptions.ConnectionRefusedError("missing token")
    claims = _claims(auth["token"])
    await sio.save_session(sid, {"user": claims["sub"], "admin": claims.get("admin", False)})
    if claims.get("admin"):
        await sio.enter_room(sid, "operators")
