"""Beanie (MongoDB ODM) queries behind a Django Ninja async API for the recipe catalogue."""
import json

from beanie import Document
from ninja import NinjaAPI

api = NinjaAPI(urls_namespace="recipes")


class Recipe(Document):
    title: str
    author: str
    minutes: int


@api.get("/recipes/search")
async def search(request, q: str = "{}"):
    criteria = json.loads(q)
    found = await Recipe.find(criteria).to_list()  # expect: nosql-injection
    return [r.title for r in found]


@api.post("/recipes/by-author")
async def by_author(request):
    body = json.loads(request.body)
    author = body.get("author")
    found = await Recipe.find_one({"author": author, "minutes": {"$lte": 60}})  # expect: nosql-injection
    return {"title": found.title if found else None}
