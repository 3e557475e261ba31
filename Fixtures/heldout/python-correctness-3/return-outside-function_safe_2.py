import json
import sys

if len(sys.argv) < 2:
    sys.exit("usage: stock.py inventory.json")


class Inventory:
    def __init__(self, items):
        self.items = items

    def total_units(self):
        return sum(item["qty"] for item in self.items)

    def low_stock(self, threshold=5):
        def is_low(item):
            return item["qty"] < threshold

        return [item["sku"] for item in self.items if is_low(item)]


with open(sys.argv[1], encoding="utf-8") as fh:
    inventory = Inventory(json.load(fh))

print("units:", inventory.total_units())
print("reorder:", ", ".join(inventory.low_stock()) or "nothing")
