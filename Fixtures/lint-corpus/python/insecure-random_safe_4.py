import random
import secrets


def make_reset_token():
    return secrets.token_urlsafe(32)


def issue_otp():
    return f"{secrets.randbelow(1_000_000):06d}"


def retry_delay(attempt, base=0.5):
    return base * (2 ** attempt) * random.uniform(0.8, 1.2)


def sample_rows(rows, k=100):
    return random.sample(rows, min(k, len(rows)))
