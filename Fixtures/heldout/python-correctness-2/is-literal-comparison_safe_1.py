import enum

_MISSING = object()


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


def lookup(table, key, default=_MISSING):
    value = table.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise KeyError(key)
        return default
    return value


def describe(value, colour):
    if value is None:
        return "nothing"
    if value is True or value is False:
        return "flag"
    if type(value) is int and value == 0:
        return "zero"
    if colour is Colour.RED and value != "":
        return f"red {value}"
    return str(value)
