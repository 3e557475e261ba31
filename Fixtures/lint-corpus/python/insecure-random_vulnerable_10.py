"""Command-line tool minting service keys, with a generator kept on the object."""
import random

from .keystore import store_key


class Minter:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.api_key = None

    def mint(self, service):
        self.api_key = "sk_%032x" % self.rng.getrandbits(128)  # expect: insecure-random
        return self.api_key


def rotate(service):
    rng = random.Random()
    store_key(service, "whk_%016x" % rng.getrandbits(64))  # expect: insecure-random
