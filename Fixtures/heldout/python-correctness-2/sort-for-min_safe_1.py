import heapq
import statistics


def cheapest_flight(flights):
    best = min(flights, key=lambda f: float(f["price"]))
    return best["airline"], best["price"]


def podium(results):
    return sorted(results, key=lambda r: r["time"])[:3]


def median_price(flights):
    return statistics.median(float(f["price"]) for f in flights)


def runner_up(scores):
    return sorted(scores)[-2]


def cheapest_five(flights):
    return heapq.nsmallest(5, flights, key=lambda f: float(f["price"]))


def timetable(flights):
    for flight in sorted(flights, key=lambda f: f["departs"]):
        print(f"{flight['departs']}  {flight['airline']}")
