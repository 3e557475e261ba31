"""Price comparison (fixed): min/max with a key; sorting only when the order is wanted."""
from dataclasses import dataclass


@dataclass
class Offer:
    shop: str
    product: str
    price: float
    delivery_days: int


def cheapest(offers):
    return min(offers, key=lambda o: o.price)


def most_expensive(offers):
    return max(offers, key=lambda o: o.price)


def top_three(offers):
    return sorted(offers, key=lambda o: o.price)[:3]


def price_table(offers):
    return [f"{o.shop:<10} {o.price:>7.2f}" for o in sorted(offers, key=lambda o: o.price)]


if __name__ == "__main__":
    offers = [
        Offer("a-shop", "kettle", 24.99, 3),
        Offer("b-store", "kettle", 19.50, 5),
        Offer("c-market", "kettle", 29.00, 1),
    ]
    print(cheapest(offers), most_expensive(offers), top_three(offers))
    print("\n".join(price_table(offers)))
