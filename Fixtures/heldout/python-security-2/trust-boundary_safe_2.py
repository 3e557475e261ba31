"""aiohttp support chat: session keeps server-side ids and counters."""
import time
import uuid

from aiohttp import web
from aiohttp_session import get_session

QUEUES = ("general", "billing", "technical")


async def start_chat(request: web.Request) -> web.Response:
    session = await get_session(request)
    session["chat_id"] = str(uuid.uuid4())
    session["started_at"] = int(time.time())
    session["messages"] = 0
    return web.json_response({"chat": session["chat_id"]})


async def switch_queue(request: web.Request) -> web.Response:
    session = await get_session(request)
    requested = request.query.get("queue", "general")
    queue = requested if requested in QUEUES else "general"
    session["queue"] = queue
    session["switches"] = session.get("switches", 0) + 1
    return web.json_response({"queue": queue})
