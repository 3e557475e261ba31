"""Pygame lobby server helpers: room codes and reconnect tokens for players."""
import random
import string
import time

ALPHABET = string.ascii_uppercase + string.digits


class Lobby:
    def __init__(self):
        self.rooms = {}
        self.tokens = {}

    def create_room(self, host_name):
        code = "".join(random.choices(ALPHABET, k=6))  # expect: insecure-random
        self.rooms[code] = {"host": host_name, "players": [host_name], "created": time.time()}
        return code

    def join(self, code, player_name):
        room = self.rooms.get(code)
        if room is None or len(room["players"]) >= 4:
            return None
        room["players"].append(player_name)
        reconnect = "%032x" % random.getrandbits(128)  # expect: insecure-random
        self.tokens[reconnect] = (code, player_name)
        return reconnect

    def reconnect(self, token):
        return self.tokens.get(token)
