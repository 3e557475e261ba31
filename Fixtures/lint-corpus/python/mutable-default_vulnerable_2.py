from collections import defaultdict


def group_by_grade(students, groups=defaultdict(list)):  # expect: mutable-default
    for name, grade in students:
        groups[grade].append(name)
    return groups


def append_log(message, history=list()):  # expect: mutable-default
    history.append(message)
    return history


def merge_config(overrides, base=dict(debug=False)):  # expect: mutable-default
    base.update(overrides)
    return base
