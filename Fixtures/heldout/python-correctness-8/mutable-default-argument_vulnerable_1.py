"""Litestar routes for a recipe catalogue."""
from litestar import Litestar, get

from .catalogue import load_recipes


def paginate(items, page=1, per_page=20, filters={}):  # expect: mutable-default-argument
    matching = [item for item in items if all(item.get(k) == v for k, v in filters.items())]
    start = (page - 1) * per_page
    return matching[start:start + per_page]


def tag_counts(
    recipes,
    counts=dict(),  # expect: mutable-default-argument
):
    for recipe in recipes:
        for tag in recipe.get("tags", ()):
            counts[tag] = counts.get(tag, 0) + 1
    return counts


@get("/recipes")
async def list_recipes(page: int = 1, cuisine: str | None = None) -> dict:
    recipes = load_recipes()
    filters = {"cuisine": cuisine} if cuisine else {}
    return {"items": paginate(recipes, page, filters=filters), "tags": tag_counts(recipes)}


app = Litestar(route_handlers=[list_recipes])
