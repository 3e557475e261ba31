"""ODMantic models and Ariadne resolvers for the recipe catalogue; typed filters only."""
from ariadne import QueryType
from odmantic import AIOEngine, Model

query = QueryType()
engine = AIOEngine(database="recipes")
CUISINES = {"thai", "italian", "mexican", "indian"}


class Recipe(Model):
    title: str
    cuisine: str
    minutes: int


@query.field("recipes")
async def resolve_recipes(_, info, cuisine=None, maxMinutes=60):
    conditions = [Recipe.minutes <= int(maxMinutes)]
    if cuisine in CUISINES:
        conditions.append(Recipe.cuisine == cuisine)
    return await engine.find(Recipe, *conditions, limit=50)


@query.field("recipeByTitle")
async def resolve_by_title(_, info, title):
    return await engine.find_one(Recipe, Recipe.title == str(title))
