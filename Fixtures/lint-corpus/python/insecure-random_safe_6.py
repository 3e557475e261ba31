import random
import secrets

TIPS = ["Use keyboard shortcuts", "Pin your favourite projects", "Try dark mode"]


def create_password_reset(user):
    return {"user": user.id, "token": secrets.token_urlsafe(32)}


def tip_of_the_day():
    return random.choice(TIPS)


def simulate(n, seed=42):
    rng = random.Random(seed)
    return [rng.gauss(0, 1) for _ in range(n)]
