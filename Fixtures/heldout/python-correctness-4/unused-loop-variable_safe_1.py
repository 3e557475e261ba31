"""Monte Carlo estimate of pi and a random-walk simulation."""
import random


def estimate_pi(samples: int, rng: random.Random) -> float:
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def walk(steps: int, walkers: int, rng: random.Random) -> list[list[int]]:
    positions = [0] * walkers
    history = []
    for step in range(steps):
        if step % 10 == 0:
            history.append(list(positions))
        elif step == steps - 1:
            history.append(positions)
        positions = [p + rng.choice((-1, 1)) for p in positions]
    for _trial in range(3):
        rng.shuffle(positions)
    return history
