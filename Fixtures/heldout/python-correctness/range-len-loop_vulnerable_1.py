"""Exercise 5: work with parallel lists of names and marks."""

names = ["ada", "grace", "linus", "guido"]
marks = [91, 78, 85, 66]


def print_report():
    for i in range(len(names)):  # expect: range-len-loop
        print(f"{i + 1}. {names[i].title()}: {marks[i]}")


def best_student():
    best = 0
    for i in range(len(marks)):  # expect: range-len-loop
        if marks[i] > marks[best]:
            best = i
    return names[best]


def weighted_total(weights):
    total = 0
    for i in range(len(weights)):  # expect: range-len-loop
        total += weights[i] * marks[i]
    return total


if __name__ == "__main__":
    print_report()
    print(best_student(), weighted_total([0.25, 0.25, 0.25, 0.25]))
