"""Summarise an inventory export: {sku: (name, quantity, price)}."""
import json
import sys


def total_value(inventory):
    total = 0.0
    for sku, (name, qty, price) in inventory.items():  # expect: unused-loop-variable
        total += qty * price
    return total


def names(inventory):
    found = []
    for sku, item in inventory.items():  # expect: unused-loop-variable
        found.append(item[0])
    return sorted(found)


def low_stock(inventory, threshold=5):
    return [sku for sku, (_name, qty, _price) in inventory.items() if qty < threshold]


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        inv = {k: tuple(v) for k, v in json.load(fh).items()}
    print(total_value(inv), names(inv), low_stock(inv))
