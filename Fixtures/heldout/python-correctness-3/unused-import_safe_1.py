"""Public API of the geometry helpers package."""
from math import hypot, pi
from typing import TYPE_CHECKING

from .shapes import Circle, Rectangle, Triangle
from .units import Length

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Circle", "Length", "Rectangle", "Triangle", "distance", "total_area", "circumference"]


def distance(a, b):
    return hypot(b[0] - a[0], b[1] - a[1])


def circumference(radius):
    return 2 * pi * radius


def total_area(shapes: "Iterable[Circle | Rectangle]") -> float:
    return sum(shape.area() for shape in shapes)
