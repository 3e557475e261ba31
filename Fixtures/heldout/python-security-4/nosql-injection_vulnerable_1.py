"""Litestar account endpoints on MongoDB through motor."""
import os
from typing import Any

from litestar import Litestar, post
from litestar.exceptions import NotAuthorizedException
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient(os.environ["MONGO_URL"])
db = client.accounts


@post("/api-keys/lookup")
async def lookup_key(data: dict[str, Any]) -> dict:
    record = await db.api_keys.find_one(  # expect: nosql-injection
        {"owner": data.get("owner"), "key_id": data.get("key_id"), "revoked": False}
    )
    if record is None:
        raise NotAuthorizedException()
    return {"owner": record["owner"], "scopes": record["scopes"]}


@post("/members/search")
async def search_members(data: dict[str, Any]) -> list[dict]:
    min_age = data.get("min_age", "18")
    predicate = "this.age >= " + str(min_age) + " && this.visible"
    cursor = db.members.find({"$where": predicate}, {"_id": 0, "name": 1})  # expect: nosql-injection
    return await cursor.to_list(length=100)


app = Litestar(route_handlers=[lookup_key, search_members])
