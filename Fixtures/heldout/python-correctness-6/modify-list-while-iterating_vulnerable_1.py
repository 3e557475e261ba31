"""Ursina arena shooter: projectile and pickup bookkeeping."""
from ursina import Entity, Ursina, Vec3, color, destroy, time

app = Ursina()
player = Entity(model="cube", color=color.azure, position=(0, 0, 0))
bullets = []
pickups = []


def fire(direction):
    bullets.append(Entity(model="sphere", scale=0.2, position=player.position, direction=Vec3(direction)))


def update():
    for bullet in bullets:
        bullet.position += bullet.direction * time.dt * 20
        if bullet.position.length() > 50:
            bullets.remove(bullet)  # expect: modify-list-while-iterating
            destroy(bullet)
    for pickup in pickups:
        if (pickup.position - player.position).length() < 1:
            pickups.remove(pickup)  # expect: modify-list-while-iterating
            destroy(pickup)
            pickups.append(Entity(model="cube", color=color.gold, position=(pickup.x * -1, 0, 5)))  # expect: modify-list-while-iterating


if __name__ == "__main__":
    app.run()
