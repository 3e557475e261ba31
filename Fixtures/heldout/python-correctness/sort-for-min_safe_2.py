"""Run-tracking summaries (fixed): min/max for extremes, sorting for a median and a ranking."""
import heapq


def summary(runs):
    latest = max(r["day"] for r in runs)
    longest = max(r["km"] for r in runs)
    best_pace = min(r["minutes"] / r["km"] for r in runs if r["km"] > 0)
    return latest, longest, best_pace


def median_distance(runs):
    distances = sorted(r["km"] for r in runs)
    mid = len(distances) // 2
    if len(distances) % 2:
        return distances[mid]
    return (distances[mid - 1] + distances[mid]) / 2


def podium(runs):
    return heapq.nsmallest(3, runs, key=lambda r: r["minutes"])


def second_longest(runs):
    return sorted(r["km"] for r in runs)[-2]


if __name__ == "__main__":
    data = [{"day": 1, "km": 5.0, "minutes": 27.5}, {"day": 2, "km": 10.0, "minutes": 58.0}]
    print(summary(data), median_distance(data), podium(data), second_longest(data))
