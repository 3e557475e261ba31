"""Arcade game: the snake's body is a deque of grid cells."""
from collections import deque

import arcade

CELL = 20


class SnakeGame(arcade.Window):
    def __init__(self):
        super().__init__(640, 480, "Snake")
        self.body = deque([(10, 10), (11, 10), (12, 10)])
        self.direction = (1, 0)
        self.food = (20, 12)
        self.undo = []

    def on_update(self, delta_time):
        head_x, head_y = self.body[-1]
        head = (head_x + self.direction[0], head_y + self.direction[1])
        self.body.append(head)
        if head == self.food:
            self.food = ((head_x * 7) % 32, (head_y * 5) % 24)
        else:
            self.body.popleft()
        self.undo.append(self.direction)

    def rewind(self):
        if self.undo:
            self.direction = self.undo.pop()

    def on_draw(self):
        self.clear()
        for x, y in self.body:
            arcade.draw_lrbt_rectangle_filled(x * CELL, x * CELL + CELL, y * CELL, y * CELL + CELL, arcade.color.GREEN)
