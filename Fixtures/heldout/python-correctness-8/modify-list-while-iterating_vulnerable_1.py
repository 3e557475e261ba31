"""Space invaders clone written with Pygame Zero."""
import random

import pgzrun
from pgzero.actor import Actor

WIDTH, HEIGHT = 640, 480
aliens = [Actor("alien", (60 + 70 * col, 60)) for col in range(8)]
lasers = []
ship = Actor("ship", (WIDTH // 2, HEIGHT - 40))


def on_key_down(key):
    if key.name == "SPACE":
        lasers.append(Actor("laser", ship.midtop))


def update():
    for laser in lasers:
        laser.y -= 8
        if laser.y < 0:
            lasers.remove(laser)  # expect: modify-list-while-iterating
            continue
        for alien in aliens:
            if laser.colliderect(alien):
                aliens.remove(alien)  # expect: modify-list-while-iterating
    if not aliens:
        aliens.extend(Actor("alien", (random.randint(40, WIDTH - 40), 60)) for _ in range(8))


def draw():
    ship.draw()
    for actor in aliens + lasers:
        actor.draw()


pgzrun.go()
