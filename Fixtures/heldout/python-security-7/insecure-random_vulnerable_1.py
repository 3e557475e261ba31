"""python-socketio server for the quiz night: rooms are joined with a short code."""
import random
import string

import socketio

sio = socketio.AsyncServer(async_mode="asgi")
app = socketio.ASGIApp(sio)
ROOMS = {}


class Room:
    def __init__(self, host_sid):
        self.host_sid = host_sid
        self.code = "".join(random.choice(string.ascii_uppercase) for _ in range(6))  # expect: insecure-random
        self.host_token = "%032x" % random.getrandbits(128)  # expect: insecure-random


@sio.event
async def create_room(sid, data):
    room = Room(sid)
    ROOMS[room.code] = room
    await sio.enter_room(sid, room.code)
    return {"code": room.code, "hostToken": room.host_token}
