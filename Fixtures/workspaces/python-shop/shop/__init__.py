"""A small shop: a package with relative imports."""
from .models import Cart
#                   ^ref Cart

__all__ = ["Cart"]
