import enum

_MISSING = object()


class Suit(enum.Enum):
    HEARTS = "H"
    SPADES = "S"


def card_label(rank, suit, joker=False):
    if joker is True:
        return "JOKER"
    if suit is Suit.HEARTS:
        return f"{rank} of hearts"
    return f"{rank} of {suit.name.lower()}"


def lookup(table, key, default=_MISSING):
    value = table.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise KeyError(key)
        return default
    return value


def check_exit(code):
    if code is None or code == 0:
        return "ok"
    return "failed" if type(code) is int else "unknown"
