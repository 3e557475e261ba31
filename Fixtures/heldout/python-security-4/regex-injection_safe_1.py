"""Litestar product search with user text escaped before it becomes a pattern."""
import re

from litestar import Litestar, get

from .catalog import all_product_names


@get("/products/suggest")
async def suggest(prefix: str = "", contains: str = "") -> list[str]:
    names = await all_product_names()
    if prefix:
        starts = re.compile(re.escape(prefix), re.IGNORECASE)
        names = [n for n in names if starts.match(n)]
    if contains:
        inner = re.compile(r"\b" + re.escape(contains), re.IGNORECASE)
        names = [n for n in names if inner.search(n)]
    return names[:20]


app = Litestar(route_handlers=[suggest])
