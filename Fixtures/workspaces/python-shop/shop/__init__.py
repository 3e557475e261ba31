"""A small shop: a package with relative imports."""
from .models import Cart
#                   ^use Cart

__all__ = ["Cart"]
