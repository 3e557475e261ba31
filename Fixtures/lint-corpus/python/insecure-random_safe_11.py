"""Random numbers as positions and picks, and secret keys from `secrets`."""
import random
import secrets
import string

from django.core.cache import cache

LETTERS = string.ascii_lowercase + string.digits


def scatter_mines(grid, count):
    for _ in range(count):
        grid[random.randrange(len(grid))] = "mine"
    colours = {}
    colours[random.choice(["red", "blue"])] = 1
    return grid, colours


def open_board(boards, owner):
    slug = "".join(secrets.choice(LETTERS) for _ in range(10))
    boards[slug] = {"owner": owner}
    cache.set(f"board:{slug}", owner, timeout=600)
    return slug
