"""aiohttp + motor: members area of a climbing gym, typed inputs."""
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient("mongodb://db:27017")
db = client.gym


async def login(request: web.Request) -> web.Response:
    body = await request.json()
    email, pin = body.get("email"), body.get("pin")
    if not isinstance(email, str) or not isinstance(pin, str):
        raise web.HTTPBadRequest()
    member = await db.members.find_one({"email": {"$eq": email}, "pin": {"$eq": pin}})
    if member is None:
        raise web.HTTPUnauthorized()
    return web.json_response({"member": str(member["_id"])})


async def routes_by_grade(request: web.Request) -> web.Response:
    low = int(request.query.get("min", "0"))
    high = int(request.query.get("max", "99"))
    cursor = db.routes.find({"grade": {"$gte": low, "$lte": high}})
    items = [r["name"] async for r in cursor]
    return web.json_response({"routes": items})
