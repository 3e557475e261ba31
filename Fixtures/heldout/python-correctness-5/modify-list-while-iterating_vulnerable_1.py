"""Pyglet shoot-'em-up: bullets and enemies live in plain lists."""
import pyglet

window = pyglet.window.Window(800, 600)
batch = pyglet.graphics.Batch()


class World:
    def __init__(self):
        self.bullets = []
        self.enemies = []

    def fire(self, x, y):
        self.bullets.append(pyglet.shapes.Rectangle(x, y, 3, 10, batch=batch))

    def step(self, dt):
        for bullet in self.bullets:
            bullet.y += 400 * dt
            if bullet.y > window.height:
                self.bullets.remove(bullet)  # expect: modify-list-while-iterating
        for enemy in self.enemies:
            enemy.y -= 60 * dt
            if enemy.y < 0:
                self.enemies.remove(enemy)  # expect: modify-list-while-iterating
                self.enemies.append(pyglet.shapes.Circle(enemy.x, window.height, 12, batch=batch))  # expect: modify-list-while-iterating


world = World()
pyglet.clock.schedule_interval(world.step, 1 / 60)


@window.event
def on_draw():
    window.clear()
    batch.draw()
