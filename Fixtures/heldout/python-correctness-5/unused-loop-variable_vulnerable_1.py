"""Monte Carlo estimate of a board game's average length (Snakes and Ladders)."""
import random

JUMPS = {3: 22, 5: 8, 11: 26, 20: 29, 17: 4, 19: 7, 27: 1, 21: 9}


def play_one(squares=30):
    position, turns = 0, 0
    while position < squares:
        landed = min(position + random.randint(1, 6), squares)
        position = JUMPS.get(landed, landed)
        turns += 1
    return turns


def estimate(games=10_000):
    total = 0
    for game in range(games):  # expect: unused-loop-variable
        total += play_one()
    return total / games


def histogram(results):
    counts = {}
    for index, turns in enumerate(results):  # expect: unused-loop-variable
        counts[turns] = counts.get(turns, 0) + 1
    return counts
