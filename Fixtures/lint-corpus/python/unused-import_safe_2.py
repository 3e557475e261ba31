"""Public helpers of the package, re-exported for callers."""
import functools
import re
from datetime import date as date
from decimal import Decimal

__all__ = ["Decimal", "date", "slugify"]


@functools.lru_cache(maxsize=256)
def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
