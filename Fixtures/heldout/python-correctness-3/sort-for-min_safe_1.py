import heapq
import statistics


def cheapest(connections):
    return min(connections, key=lambda c: c["price"], default=None)


def three_fastest(connections):
    return heapq.nsmallest(3, connections, key=lambda c: c["minutes"])


def top_five_prices(connections):
    return sorted((c["price"] for c in connections), reverse=True)[:5]


def median_minutes(connections):
    return statistics.median(c["minutes"] for c in connections)


def timetable(connections):
    for c in sorted(connections, key=lambda c: (c["minutes"], c["price"])):
        print(f"{c['train']:<8}{c['minutes']:>5} min {c['price']:>7.2f}")
