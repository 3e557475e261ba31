"""Cheapest and fastest train connections from a timetable CSV."""
import csv


def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [
            {"train": r["train"], "minutes": int(r["minutes"]), "price": float(r["price"])}
            for r in csv.DictReader(fh)
        ]


def cheapest(connections):
    return sorted(connections, key=lambda c: c["price"])[0]  # expect: sort-for-min


def fastest(connections):
    by_time = sorted(connections, key=lambda c: c["minutes"])  # expect: sort-for-min
    return by_time[0]


def latest_arrival(arrivals):
    arrivals.sort()  # expect: sort-for-min
    return arrivals[-1]


if __name__ == "__main__":
    rows = load("timetable.csv")
    print(cheapest(rows)["train"], fastest(rows)["train"])
