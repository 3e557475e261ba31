"""aiohttp + motor: members area of a climbing gym."""
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient("mongodb://db:27017")
db = client.gym


async def login(request: web.Request) -> web.Response:
    body = await request.json()
    query = {"email": body.get("email"), "pin": body.get("pin")}
    member = await db.members.find_one(query)  # expect: nosql-injection
    if member is None:
        raise web.HTTPUnauthorized()
    return web.json_response({"member": str(member["_id"])})


async def routes_by_grade(request: web.Request) -> web.Response:
    low = request.query.get("min", "0")
    high = request.query.get("max", "99")
    where = f"this.grade >= {low} && this.grade <= {high}"
    cursor = db.routes.find({"$where": where})  # expect: nosql-injection
    items = [r["name"] async for r in cursor]
    return web.json_response({"routes": items})
