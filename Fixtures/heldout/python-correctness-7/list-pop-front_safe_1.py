"""pymunk conveyor simulation with a deque of waiting parcels."""
from collections import deque

import pymunk


class Conveyor:
    def __init__(self, space: pymunk.Space):
        self.space = space
        self.waiting = deque()

    def enqueue(self, mass, size):
        self.waiting.append((mass, size))

    def drop_next(self):
        if not self.waiting:
            return None
        mass, size = self.waiting.popleft()
        body = pymunk.Body(mass, pymunk.moment_for_box(mass, size))
        body.position = (50, 400)
        shape = pymunk.Poly.create_box(body, size)
        self.space.add(body, shape)
        return body
