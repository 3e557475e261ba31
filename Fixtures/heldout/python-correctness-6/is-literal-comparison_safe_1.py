"""Pyxel platformer: level state and input handling."""
import enum

import pyxel

TILE = 8


class State(enum.Enum):
    TITLE = "title"
    PLAY = "play"
    OVER = "over"


class Game:
    def __init__(self):
        pyxel.init(160, 120, title="Moss Cave")
        self.level = 1
        self.lives = 3
        self.state = State.TITLE
        self.x, self.y = 16, 96

    def update(self):
        if self.state is State.TITLE:
            if pyxel.btnp(pyxel.KEY_RETURN):
                self.state = State.PLAY
            return
        if pyxel.btn(pyxel.KEY_LEFT):
            self.x = max(0, self.x - 2)
        if pyxel.btn(pyxel.KEY_RIGHT):
            self.x = min(160 - TILE, self.x + 2)
        if self.lives == 0:
            self.state = State.OVER

    def draw(self):
        pyxel.cls(0)
        if self.state is not State.PLAY:
            pyxel.text(50, 56, "PRESS ENTER", 7)
            return
        pyxel.rect(self.x, self.y, TILE, TILE, 11)
        pyxel.text(4, 4, f"L{self.level} x{self.lives}", 7)

    def run(self):
        pyxel.run(self.update, self.draw)
