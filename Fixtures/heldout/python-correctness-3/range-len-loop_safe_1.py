def print_leaderboard(names, scores):
    for rank, (name, score) in enumerate(zip(names, scores), start=1):
        print(f"{rank:>2}. {name:<12} {score:>5}")


def rising_days(temps):
    return [day for day in range(1, len(temps)) if temps[day] > temps[day - 1]]


def moving_average(values, window=3):
    out = []
    for i in range(len(values) - window + 1):
        chunk = values[i:i + window]
        out.append(sum(chunk) / window)
    return out


def batches(items, size=50):
    return [items[start:start + size] for start in range(0, len(items), size)]
