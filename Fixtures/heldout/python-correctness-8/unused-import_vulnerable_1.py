"""Strawberry schema for the climbing gym's route board."""
import datetime  # expect: unused-import
from typing import Optional

import strawberry
from strawberry.types import Info  # expect: unused-import

from .routes import all_routes, route_by_id


@strawberry.type
class Route:
    slug: strawberry.ID
    grade: str
    wall: str
    setter: Optional[str] = None


@strawberry.type
class Query:
    @strawberry.field
    def routes(self, wall: Optional[str] = None) -> list[Route]:
        return [Route(**r) for r in all_routes() if wall is None or r["wall"] == wall]

    @strawberry.field
    def route(self, route_id: strawberry.ID) -> Optional[Route]:
        found = route_by_id(route_id)
        return Route(**found) if found else None


schema = strawberry.Schema(query=Query)
