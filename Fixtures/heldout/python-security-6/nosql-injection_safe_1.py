"""Beanie (MongoDB ODM) queries behind a Django Ninja async API for the recipe catalogue."""
from beanie import Document
from beanie.operators import Eq, LTE
from ninja import NinjaAPI, Schema

api = NinjaAPI(urls_namespace="recipes")


class Recipe(Document):
    title: str
    author: str
    minutes: int


class AuthorIn(Schema):
    author: str


@api.get("/recipes/search")
async def search(request, max_minutes: int = 60):
    found = await Recipe.find(LTE(Recipe.minutes, max_minutes)).to_list()
    return [r.title for r in found]


@api.post("/recipes/by-author")
async def by_author(request, payload: AuthorIn):
    found = await Recipe.find_one(Eq(Recipe.author, payload.author), LTE(Recipe.minutes, 60))
    return {"title": found.title if found else None}
