"""Public API of the course's `shapes` package (re-exports are listed in __all__)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .circle import Circle
from .square import Square

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Circle", "Square", "total_area", "largest_radius"]


def total_area(shapes: Iterable[Circle | Square]) -> float:
    return sum(s.area() for s in shapes)


def largest_radius(area: float) -> float:
    return math.sqrt(area / math.pi)


def describe(shape: Circle | Square) -> str:
    return f"{type(shape).__name__} with area {shape.area():.2f}"
