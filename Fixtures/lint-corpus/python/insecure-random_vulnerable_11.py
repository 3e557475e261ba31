"""Multiplayer lobby: hosts get a token to manage their table, players a rejoin key."""
import random
import uuid

import numpy as np


class Table:
    def __init__(self, host):
        self.host = host
        self.owner_token = "%032x" % random.getrandbits(128)  # expect: insecure-random
        self.seats = []


class Lobby:
    def __init__(self):
        self.sessions = {}

    def rejoin_key(self, player):
        handle = "".join(str(d) for d in np.random.randint(0, 10, size=16))  # expect: insecure-random
        self.sessions[handle] = player
        return handle


def issue_download(response, path):
    link = uuid.uuid1().hex  # expect: insecure-random
    response.headers["X-Download-Token"] = link
    return response
