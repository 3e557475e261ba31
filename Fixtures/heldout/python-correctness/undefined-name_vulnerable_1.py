"""Exercise 4: statistics for a list of exam scores."""


def mean(scores):
    total = 0
    for s in scores:
        total += s
    return totl / len(scores)  # expect: undefined-name


def stdev(scores):
    m = mean(scores)
    var = sum((s - m) ** 2 for s in scores) / len(scores)
    return math.sqrt(var)  # expect: undefined-name


def passed(scores, cutoff=55):
    names = [name for name, score in scores.items() if score >= cutoff]
    print("last passing student:", name)  # expect: undefined-name
    return names


def report(scores):
    print(f"mean {mean(scores):.2f}, stdev {stdev(scores):.2f}")
    if len(scores) < minimum_class_size:  # expect: undefined-name
        print("warning: small class")


if __name__ == "__main__":
    report([72, 85, 90, 66, 78])
    passed({"ana": 72, "ben": 40})
