format = "json"  # expect: shadowed-builtin


def sum(values):  # expect: shadowed-builtin
    total = 0
    for input in values:  # expect: shadowed-builtin
        total += input
    return total


def handle(data):
    try:
        return data["x"]
    except KeyError as id:  # expect: shadowed-builtin
        return str(id)
