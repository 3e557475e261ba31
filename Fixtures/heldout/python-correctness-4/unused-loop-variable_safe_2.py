"""Data pipeline: merge partitioned sales files into monthly totals."""
import csv
from collections import defaultdict
from pathlib import Path


def monthly_totals(folder: Path) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for index, path in enumerate(sorted(folder.glob("sales-*.csv")), start=1):
        print(f"[{index}] {path.name}")
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                totals[row["date"][:7]] += float(row["amount"])
    return dict(totals)


def by_region(rows: list[tuple[str, tuple[str, float]]]) -> dict[str, float]:
    result: dict[str, float] = defaultdict(float)
    for region, (_store, amount) in rows:
        result[region] += amount
    return dict(result)
