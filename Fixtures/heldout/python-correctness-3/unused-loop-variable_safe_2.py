from collections import Counter


def bytes_per_user(sessions):
    totals = Counter()
    for user, (_start, _end, sent) in sessions.items():
        totals[user] += sent
    return totals


def longest_session(sessions):
    best = 0.0
    for start, end, _sent in sessions.values():
        best = max(best, end - start)
    return best


def count_rows(grid):
    rows = 0
    for index, row in enumerate(grid):
        if any(row):
            rows += 1
        elif index == 0:
            print("header row is empty")
    return rows
