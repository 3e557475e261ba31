"""Strawberry schema for the climbing gym's route board."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import strawberry

from .routes import all_routes

if TYPE_CHECKING:
    from strawberry.types import Info


@strawberry.type
class Route:
    slug: strawberry.ID
    grade: str
    wall: str


@strawberry.type
class Query:
    @strawberry.field
    def routes(self, info: Info, wall: Optional[str] = None) -> list[Route]:
        return [Route(**r) for r in all_routes() if wall is None or r["wall"] == wall]


schema = strawberry.Schema(query=Query)
