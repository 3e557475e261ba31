"""Exercise 5 (model answer): enumerate and zip instead of indices."""

names = ["ada", "grace", "linus", "guido"]
marks = [91, 78, 85, 66]


def print_report():
    for position, (name, mark) in enumerate(zip(names, marks), start=1):
        print(f"{position}. {name.title()}: {mark}")


def best_student():
    return max(zip(marks, names))[1]


def weighted_total(weights):
    return sum(w * m for w, m in zip(weights, marks))


def improvements(history):
    """Differences between consecutive marks need two indices."""
    return [history[i + 1] - history[i] for i in range(len(history) - 1)]


if __name__ == "__main__":
    print_report()
    print(best_student(), weighted_total([0.25] * 4), improvements([60, 70, 65]))
