"""Litestar routes for a recipe catalogue."""
from types import MappingProxyType

from litestar import Litestar, get

from .catalogue import load_recipes

NO_FILTERS = MappingProxyType({})


def paginate(items, page=1, per_page=20, filters=NO_FILTERS):
    matching = [item for item in items if all(item.get(k) == v for k, v in filters.items())]
    start = (page - 1) * per_page
    return matching[start:start + per_page]


def tag_counts(recipes, counts=None):
    counts = {} if counts is None else counts
    for recipe in recipes:
        for tag in recipe.get("tags", ()):
            counts[tag] = counts.get(tag, 0) + 1
    return counts


@get("/recipes")
async def list_recipes(page: int = 1) -> dict:
    recipes = load_recipes()
    return {"items": paginate(recipes, page), "tags": tag_counts(recipes)}


app = Litestar(route_handlers=[list_recipes])
