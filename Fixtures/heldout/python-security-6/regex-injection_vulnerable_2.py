"""Strawberry GraphQL search over product SKUs."""
import re
from typing import List

import strawberry

from .catalogue import all_skus


@strawberry.type
class Query:
    @strawberry.field
    def skus(self, prefix: str, suffix: str = "") -> List[str]:
        matcher = "^" + prefix + ".*" + suffix + "$"
        return [sku for sku in all_skus() if re.match(matcher, sku)]  # expect: regex-injection

    @strawberry.field
    def renamed(self, old: str, new: str) -> List[str]:
        return [re.sub(old, new, sku) for sku in all_skus()]  # expect: regex-injection
