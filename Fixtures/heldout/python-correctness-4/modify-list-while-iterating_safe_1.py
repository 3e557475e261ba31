"""Particle system used by the fireworks demo."""
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
        self.particles = [p for p in self.particles if p.life > 0]

    def burst_children(self) -> None:
        children = [Particle(p.x, p.y, -p.vx, p.vy, 5) for p in self.particles if p.life == 10]
        self.particles.extend(children)

    def clip(self, height: float) -> None:
        for p in list(self.particles):
            if p.y > height:
                self.particles.remove(p)

    def kill_first_dead(self) -> None:
        for p in self.particles:
            if p.life <= 0:
                self.particles.remove(p)
                return
