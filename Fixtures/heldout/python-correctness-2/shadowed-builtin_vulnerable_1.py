def read_numbers(path):
    with open(path, encoding="utf-8") as fh:
        list = [int(line) for line in fh if line.strip()]  # expect: shadowed-builtin
    return list


def summarize(path):
    numbers = read_numbers(path)
    highest, lowest = max(numbers), min(numbers)
    range = highest - lowest  # expect: shadowed-builtin
    total = 0
    for n in numbers:
        total += n
    return {"range": range, "mean": total / len(numbers)}


def describe(id, name):  # expect: shadowed-builtin
    return f"#{id} {name}"
