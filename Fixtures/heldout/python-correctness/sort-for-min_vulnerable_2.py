"""Summaries of a run-tracking export: best times and latest activity."""
import csv
import sys
from datetime import date


def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [
            {"day": date.fromisoformat(r["day"]), "km": float(r["km"]), "minutes": float(r["minutes"])}
            for r in csv.DictReader(fh)
        ]


def summary(runs):
    latest = sorted(r["day"] for r in runs)[-1]  # expect: sort-for-min
    longest = sorted([r["km"] for r in runs])[-1]  # expect: sort-for-min
    paces = [r["minutes"] / r["km"] for r in runs if r["km"] > 0]
    paces.sort()  # expect: sort-for-min
    best_pace = paces[0]
    return latest, longest, best_pace


if __name__ == "__main__":
    print(summary(load(sys.argv[1])))
