"""Inventory valuation helpers."""
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence  # expect: unused-import

    from .models import Product


def stock_value(products: "Iterable[Product]") -> Decimal:
    # A Sequence would do as well here.
    return sum((p.price * p.quantity for p in products), Decimal(0))
