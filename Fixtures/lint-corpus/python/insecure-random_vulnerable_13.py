"""Shared whiteboards: a board is opened by its short code, a magic link by its id."""
import random
import string

from django.core.cache import cache

BOARDS = {}
LETTERS = string.ascii_lowercase + string.digits


def open_board(owner):
    slug = "".join(random.choice(LETTERS) for _ in range(10))  # expect: insecure-random
    BOARDS[slug] = {"owner": owner, "strokes": []}
    return slug


def email_link(user):
    link_id = "%032x" % random.getrandbits(128)  # expect: insecure-random
    cache.set(f"board-link:{link_id}", user.pk, timeout=600)
    return f"/boards/join/{link_id}"
