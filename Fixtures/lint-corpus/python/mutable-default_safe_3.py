from dataclasses import dataclass, field
from typing import Optional


def add_tag(item, tags=None):
    tags = [] if tags is None else tags
    tags.append(item)
    return tags


def merge_ids(new_ids, seen: Optional[set] = None):
    seen = set(seen or ())
    seen.update(new_ids)
    return seen


@dataclass
class Basket:
    items: list = field(default_factory=list)
    owner: str = ""


def first(values=(), default=frozenset()):
    return next(iter(values), default)
