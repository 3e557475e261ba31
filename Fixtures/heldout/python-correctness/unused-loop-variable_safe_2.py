"""Summarise an inventory export (model answer): iterate over what is used."""
import json
import sys


def total_value(inventory):
    total = 0.0
    for _name, qty, price in inventory.values():
        total += qty * price
    return total


def names(inventory):
    return sorted(item[0] for item in inventory.values())


def report(inventory):
    lines = []
    for sku, (name, qty, price) in sorted(inventory.items()):
        lines.append(f"{sku:<8} {name:<20} {qty:>4} x {price:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        inv = {k: tuple(v) for k, v in json.load(fh).items()}
    print(total_value(inv), names(inv))
    print(report(inv))
