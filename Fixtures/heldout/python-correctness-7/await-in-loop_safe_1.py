"""python-socketio server: tells every table of the restaurant that the kitchen closes soon."""
import asyncio

import socketio

sio = socketio.AsyncServer(async_mode="asgi")
TABLES = {}


@sio.event
async def join_table(sid, data):
    TABLES[sid] = data["table"]


async def announce_last_orders(minutes):
    await asyncio.gather(
        *(sio.emit("last_orders", {"table": table, "minutes": minutes}, to=sid) for sid, table in TABLES.items())
    )
