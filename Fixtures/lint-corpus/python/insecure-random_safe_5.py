import random
from random import SystemRandom

_rng = SystemRandom()
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def create_invite_code():
    return "".join(_rng.choice(ALPHABET) for _ in range(10))


def shuffled_deck(seed):
    deck = list(range(52))
    random.Random(seed).shuffle(deck)
    return deck


def pick_avatar_color():
    return random.choice(["red", "green", "blue", "orange"])
