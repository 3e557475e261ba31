from collections import Counter


def busiest_hours(log_lines):
    per_hour = Counter()
    for line in log_lines:
        stamp = line.split(maxsplit=1)[0]
        per_hour[stamp[11:13]] += 1
    return per_hour.most_common(3)


def bytes_per_user(sessions):
    totals = Counter()
    for user, (start, end, sent) in sessions.items():  # expect: unused-loop-variable
        totals[user] += sent
    return totals


def count_rows(grid):
    rows = 0
    for index, row in enumerate(grid):  # expect: unused-loop-variable
        if any(row):
            rows += 1
    return rows
