"""ODMantic models and Ariadne resolvers for the recipe catalogue."""
import json

from ariadne import QueryType
from odmantic import AIOEngine, Model

query = QueryType()
engine = AIOEngine(database="recipes")


class Recipe(Model):
    title: str
    cuisine: str
    minutes: int


@query.field("recipes")
async def resolve_recipes(_, info, where="{}"):
    criteria = json.loads(where)
    return await engine.find(Recipe, criteria, limit=50)  # expect: nosql-injection


@query.field("recipeByTitle")
async def resolve_by_title(_, info, title):
    collection = engine.get_collection(Recipe)
    return await collection.find_one({"$where": "this.title == '" + title + "'"})  # expect: nosql-injection
