"""Inventory valuation helpers; some imports are only needed by string annotations."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from .models import Product, Warehouse


def stock_value(products: "Iterable[Product]", prices: "Mapping[str, Decimal]") -> Decimal:
    return sum((prices[p.sku] * p.quantity for p in products), Decimal(0))


def busiest(warehouses: "list[Warehouse]") -> "Warehouse | None":
    return max(warehouses, key=lambda w: w.orders, default=None)
