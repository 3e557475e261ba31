"""python-socketio handlers that import a calendar feed the user pastes in."""
import aiohttp
import socketio

sio = socketio.AsyncServer(async_mode="aiohttp")


@sio.event
async def import_feed(sid, data):
    feed_url = data["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(feed_url) as response:  # expect: ssrf
            text = await response.text()
    await sio.emit("feed_loaded", {"lines": text.count("BEGIN:VEVENT")}, to=sid)


@sio.event
async def check_avatar(sid, data):
    host = data.get("host", "")
    async with aiohttp.ClientSession() as session:
        response = await session.head("http://" + host + "/avatar.png")  # expect: ssrf
        await sio.emit("avatar", {"ok": response.status == 200}, to=sid)
