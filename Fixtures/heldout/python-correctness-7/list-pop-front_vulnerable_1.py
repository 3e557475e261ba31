"""pymunk conveyor simulation: parcels wait in a queue before they are dropped on the belt."""
import pymunk


class Conveyor:
    def __init__(self, space: pymunk.Space):
        self.space = space
        self.waiting = []

    def enqueue(self, mass, size):
        self.waiting.append((mass, size))

    def drop_next(self):
        if not self.waiting:
            return None
        mass, size = self.waiting.pop(0)  # expect: list-pop-front
        body = pymunk.Body(mass, pymunk.moment_for_box(mass, size))
        body.position = (50, 400)
        shape = pymunk.Poly.create_box(body, size)
        self.space.add(body, shape)
        return body
