"""Strawberry GraphQL search over product SKUs."""
from typing import List

import strawberry

from .catalogue import all_skus


@strawberry.type
class Query:
    @strawberry.field
    def skus(self, prefix: str, suffix: str = "") -> List[str]:
        return [sku for sku in all_skus() if sku.startswith(prefix) and sku.endswith(suffix)]

    @strawberry.field
    def renamed(self, old: str, new: str) -> List[str]:
        return [sku.replace(old, new) for sku in all_skus()]
