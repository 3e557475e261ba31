"""Near misses: the index is the point, or the loop does not walk one sequence."""


def is_sorted(values):
    for i in range(len(values) - 1):
        if values[i] > values[i + 1]:
            return False
    return True


def ruler(width):
    marks = []
    for i in range(len(width)):
        marks.append(str(i % 10))
    return "".join(marks)


def report(students, marks):
    return [f"{i}. {name}: {marks[i - 1]}" for i, name in enumerate(students, 1)]
