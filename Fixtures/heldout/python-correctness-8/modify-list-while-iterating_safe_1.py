"""Space invaders clone written with Pygame Zero."""
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
    for laser in list(lasers):
        laser.y -= 8
        if laser.y < 0:
            lasers.remove(laser)
    hit = {id(alien) for alien in aliens for laser in lasers if laser.colliderect(alien)}
    aliens[:] = [alien for alien in aliens if id(alien) not in hit]


def draw():
    ship.draw()
    for actor in aliens + lasers:
        actor.draw()


pgzrun.go()
