"""Report items that need reordering (run from the shop's back office)."""
import json
from pathlib import Path

CANDIDATES = (Path.cwd() / "inventory.json", Path.home() / ".shop" / "inventory.json")

for candidate in CANDIDATES:
    if candidate.exists():
        inventory_path = candidate
        break
else:
    print("no inventory file found in", *CANDIDATES)
    return  # expect: return-outside-function


def low_stock(items, threshold=5):
    return [item["sku"] for item in items if item["qty"] < threshold]


with inventory_path.open(encoding="utf-8") as fh:
    items = json.load(fh)

to_order = low_stock(items)
print(f"{len(to_order)} of {len(items)} products need reordering")
for sku in to_order:
    print(" -", sku)
