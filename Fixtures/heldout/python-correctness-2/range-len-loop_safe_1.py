def print_leaderboard(names, scores):
    for rank, (name, score) in enumerate(zip(names, scores, strict=True), start=1):
        print(f"{rank}. {name:<12} {score:>5}")


def rising_days(temps):
    days = []
    for i in range(len(temps) - 1):
        if temps[i + 1] > temps[i]:
            days.append(i + 1)
    return days


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def bubble_sort(values):
    n = len(values)
    for i in range(n):
        for j in range(n - 1 - i):
            if values[j] > values[j + 1]:
                values[j], values[j + 1] = values[j + 1], values[j]
    return values
