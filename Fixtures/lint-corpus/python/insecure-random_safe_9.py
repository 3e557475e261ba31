"""Command-line tool minting service keys from `secrets`; a seeded generator only shuffles a demo list."""
import random
import secrets

from .keystore import store_key


class Shuffler:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def order(self, names):
        names = list(names)
        self.rng.shuffle(names)
        return names


def create(service):
    key = "sk_" + secrets.token_hex(16)
    store_key(service, key)
