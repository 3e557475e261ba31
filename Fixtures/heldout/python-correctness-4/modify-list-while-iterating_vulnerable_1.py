"""Pygame-free particle system used by the fireworks demo."""
from dataclasses import dataclass


@dataclass
class Particle:
    x: float
    y: float
    vx: float
    vy: float
    life: int


class Emitter:
    def __init__(self):
        self.particles: list[Particle] = []

    def update(self, gravity: float = 0.1) -> None:
        for p in self.particles:
            p.x += p.vx
            p.y += p.vy
            p.vy += gravity
            p.life -= 1
            if p.life <= 0:
                self.particles.remove(p)  # expect: modify-list-while-iterating

    def burst_children(self) -> None:
        for p in self.particles:
            if p.life == 10:
                self.particles.append(Particle(p.x, p.y, -p.vx, p.vy, 5))  # expect: modify-list-while-iterating

    def clip(self, height: float) -> None:
        for index, p in enumerate(self.particles):
            if p.y > height:
                self.particles.pop(index)  # expect: modify-list-while-iterating
