"""python-socketio server for the quiz night: codes and tokens from secrets."""
import random
import secrets
import string

import socketio

sio = socketio.AsyncServer(async_mode="asgi")
app = socketio.ASGIApp(sio)
ROOMS = {}
AVATARS = ["owl", "fox", "cat", "otter"]


class Room:
    def __init__(self, host_sid):
        self.host_sid = host_sid
        self.code = "".join(secrets.choice(string.ascii_uppercase) for _ in range(6))
        self.host_token = secrets.token_hex(16)
        self.avatar = random.choice(AVATARS)


@sio.event
async def create_room(sid, data):
    room = Room(sid)
    ROOMS[room.code] = room
    await sio.enter_room(sid, room.code)
    return {"code": room.code, "hostToken": room.host_token, "avatar": room.avatar}
