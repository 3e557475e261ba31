"""Litestar member search on motor with typed, coerced inputs."""
import os

from litestar import Litestar, get
from litestar.exceptions import NotFoundException
from motor.motor_asyncio import AsyncIOMotorClient

db = AsyncIOMotorClient(os.environ["MONGO_URL"]).community


@get("/members")
async def members(min_age: int = 18, city: str = "") -> list[dict]:
    query: dict = {"age": {"$gte": min_age}, "visible": True}
    if city:
        query["city"] = {"$eq": str(city)}
    cursor = db.members.find(query, {"_id": 0, "name": 1, "city": 1})
    return await cursor.to_list(length=100)


@get("/members/{handle:str}")
async def member(handle: str) -> dict:
    doc = await db.members.find_one({"handle": {"$eq": handle}}, {"_id": 0, "name": 1, "bio": 1})
    if doc is None:
        raise NotFoundException()
    return doc


app = Litestar(route_handlers=[members, member])
