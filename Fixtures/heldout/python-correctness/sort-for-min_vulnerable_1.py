"""Price comparison for the shop assignment."""
from dataclasses import dataclass


@dataclass
class Offer:
    shop: str
    product: str
    price: float
    delivery_days: int


def cheapest(offers):
    return sorted(offers, key=lambda o: o.price)[0]  # expect: sort-for-min


def most_expensive(offers):
    return sorted(offers, key=lambda o: o.price, reverse=True)[0]  # expect: sort-for-min


def fastest_delivery(offers):
    by_days = sorted(offers, key=lambda o: o.delivery_days)  # expect: sort-for-min
    return by_days[0]


if __name__ == "__main__":
    offers = [
        Offer("a-shop", "kettle", 24.99, 3),
        Offer("b-store", "kettle", 19.50, 5),
        Offer("c-market", "kettle", 29.00, 1),
    ]
    print(cheapest(offers), most_expensive(offers), fastest_delivery(offers))
