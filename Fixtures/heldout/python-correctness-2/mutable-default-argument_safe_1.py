from dataclasses import dataclass, field


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)
    tags: frozenset = frozenset()

    def add(self, sku, qty=1):
        self.lines.append((sku, qty))


def make_order(customer, lines=None, notes=(), currency="EUR", discounts=None):
    order = Order(customer, list(lines or []))
    discounts = {} if discounts is None else dict(discounts)
    for note in notes:
        order.add(f"NOTE:{note}", 0)
    order.tags = frozenset(discounts) | {currency}
    return order
