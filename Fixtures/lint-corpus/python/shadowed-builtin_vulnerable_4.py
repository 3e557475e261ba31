def filter(items, predicate):  # expect: shadowed-builtin
    return [item for item in items if predicate(item)]


def summarize(values):
    max = values[0]  # expect: shadowed-builtin
    for value in values:
        if value > max:
            max = value
    return max


def merge(dict, other):  # expect: shadowed-builtin
    merged = {**dict}
    merged.update(other)
    return merged
