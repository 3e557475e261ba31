"""Clean a supplier price list with petl before import."""
import sys

import petl as etl

DISCONTINUED = frozenset({"SKU-1001", "SKU-1044", "SKU-2210", "SKU-3307"})


def clean(source: str, target: str) -> int:
    table = etl.fromcsv(source)
    kept = [
        {"sku": row["sku"], "price": float(row["price"])}
        for row in etl.dicts(table)
        if row["sku"] not in DISCONTINUED and "sample" not in row["description"]
    ]
    etl.tocsv(etl.fromdicts(kept), target)
    return len(kept)


if __name__ == "__main__":
    count = clean(sys.argv[1], sys.argv[2])
    print(f"{count} rows written")
