"""Public interface of the `shapes` package."""
from typing import TYPE_CHECKING

from .circle import Circle
from .polygon import Polygon, Square
from .registry import register

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Circle", "Polygon", "Square", "total_area"]


@register
def total_area(shapes: "Iterable[Polygon | Circle]") -> float:
    return sum(shape.area() for shape in shapes)
