"""A small shop, for the outline fixture."""
import enum
from dataclasses import dataclass

MAX_ITEMS = 10
_DEFAULT_TAX = 0.2
registry = {}
Price: TypeAlias = float
type Money = int


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclass
class Item:
    name: str
    price = 0.0

    def total(self, qty):
        def helper(x):
            return x * qty
        return helper(self.price)


class Cart:
    def __init__(self):
        self.items = []

    async def add(self, item, qty=1):
        self.items.append((item, qty))

    @property
    def size(self):
        return len(self.items)


def checkout(cart, *, discount=None):
    lambda_total = lambda: sum(i.price for i, _ in cart.items)
    return lambda_total()


class Basket:
    """A basket of items.

    Fields come from the constructor.
    """

    def __init__(self, owner):
        self.owner = owner
        self.items = []
        self.items = list(self.items)

    def _private(self):
        pass
