"""python-socketio handlers that import calendar feeds from known providers only."""
from urllib.parse import urlsplit

import aiohttp
import socketio

sio = socketio.AsyncServer(async_mode="aiohttp")
PROVIDERS = {"calendar.google.com", "outlook.office365.com", "p01-caldav.icloud.com"}


def _checked(url):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in PROVIDERS or parts.port or parts.username:
        raise ValueError("unsupported calendar provider")
    return url


@sio.event
async def import_feed(sid, data):
    feed_url = _checked(data["url"])
    async with aiohttp.ClientSession() as session:
        async with session.get(feed_url) as response:
            text = await response.text()
    await sio.emit("feed_loaded", {"lines": text.count("BEGIN:VEVENT")}, to=sid)
