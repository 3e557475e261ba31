"""Monte Carlo estimate of pi and a random-walk simulation."""
import random


def estimate_pi(samples: int, rng: random.Random) -> float:
    inside = 0
    for sample in range(samples):  # expect: unused-loop-variable
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def walk(steps: int, walkers: int, rng: random.Random) -> list[int]:
    positions = [0] * walkers
    for step in range(steps):  # expect: unused-loop-variable
        positions = [p + rng.choice((-1, 1)) for p in positions]
    return positions
