import csv


def cheapest_flight(path):
    with open(path, newline="", encoding="utf-8") as fh:
        flights = list(csv.DictReader(fh))
    best = sorted(flights, key=lambda f: float(f["price"]))[0]  # expect: sort-for-min
    return best["airline"], best["price"]


def latest_departure(flights):
    times = [f["departs"] for f in flights]
    times.sort()  # expect: sort-for-min
    return times[-1]


def top_rated(hotels):
    return sorted(hotels, key=lambda h: h["stars"], reverse=True)[0]["name"]  # expect: sort-for-min
