"""Dataclass models for a recipe box exported to JSON."""
import json
from dataclasses import asdict, dataclass


@dataclass
class Ingredient:
    name: str
    grams: float


def load(path: str) -> list[Ingredient]:
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    items = []
    for object in raw["ingredients"]:  # expect: shadowed-builtin
        items.append(Ingredient(object["name"], float(object["grams"])))
    return items


def filter(items: list[Ingredient], minimum: float) -> list[Ingredient]:  # expect: shadowed-builtin
    return [i for i in items if i.grams >= minimum]


def dump(items: list[Ingredient], path: str, vars: dict | None = None) -> None:  # expect: shadowed-builtin
    payload = {"ingredients": [asdict(i) for i in items], "meta": vars or {}}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2)
