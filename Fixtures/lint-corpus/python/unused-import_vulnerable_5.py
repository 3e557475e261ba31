import os.path  # expect: unused-import
from typing import (
    Dict,
    List,  # expect: unused-import
    Optional,
)


def index(words: list) -> Dict[str, int]:
    return {w: i for i, w in enumerate(words)}


def first(values: Optional[list]) -> Optional[str]:
    return values[0] if values else None
