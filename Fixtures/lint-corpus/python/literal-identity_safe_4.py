def kind(value):
    if type(value) is int:
        return "int"
    if value is Ellipsis or value is ...:
        return "ellipsis"
    if value is NotImplemented:
        return "not-implemented"
    return "other"


def is_zero(count):
    return count == 0
