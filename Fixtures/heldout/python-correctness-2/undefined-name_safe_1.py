"""Inventory helpers shared by the warehouse CLI."""
from __future__ import annotations

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib


class Shelf:
    CAPACITY = 40

    def __init__(self, code: str) -> None:
        self.code = code
        self.items: list[Item] = []

    def has_room(self) -> bool:
        return len(self.items) < self.CAPACITY

    def add(self, item: Item) -> None:
        if not self.has_room():
            raise ShelfFull(self.code)
        self.items.append(item)


class Item:
    def __init__(self, sku: str, weight: float) -> None:
        self.sku = sku
        self.weight = weight


class ShelfFull(Exception):
    pass


def load_layout(path: str) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)
