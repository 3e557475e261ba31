"""Pygame lobby server helpers: room codes and reconnect tokens for players."""
import random
import secrets
import string
import time

ALPHABET = string.ascii_uppercase + string.digits
COLOURS = ["red", "blue", "green", "yellow"]


class Lobby:
    def __init__(self):
        self.rooms = {}
        self.tokens = {}

    def create_room(self, host_name):
        code = "".join(secrets.choice(ALPHABET) for _ in range(6))
        self.rooms[code] = {"host": host_name, "players": [host_name], "created": time.time()}
        return code

    def join(self, code, player_name):
        room = self.rooms.get(code)
        if room is None or len(room["players"]) >= 4:
            return None
        room["players"].append(player_name)
        reconnect = secrets.token_hex(16)
        self.tokens[reconnect] = (code, player_name)
        return reconnect

    def shuffle_seats(self, code):
        seats = list(self.rooms[code]["players"])
        random.shuffle(seats)
        return dict(zip(seats, COLOURS))
