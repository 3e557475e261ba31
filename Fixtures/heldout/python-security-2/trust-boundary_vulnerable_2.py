"""aiohttp support chat: remembers who the visitor said they were."""
from aiohttp import web
from aiohttp_session import get_session


async def start_chat(request: web.Request) -> web.Response:
    form = await request.post()
    session = await get_session(request)
    visitor = {"name": form.get("name"), "email": form.get("email")}
    session["visitor"] = visitor  # expect: trust-boundary
    session["plan"] = form.get("plan", "free")  # expect: trust-boundary
    return web.json_response({"welcome": visitor["name"]})


async def switch_queue(request: web.Request) -> web.Response:
    session = await get_session(request)
    queue = request.query.get("queue", "general")
    session["queue"] = queue  # expect: trust-boundary
    return web.json_response({"queue": queue})
