"""Ursina arena shooter: projectile and pickup bookkeeping."""
from ursina import Entity, Ursina, Vec3, color, destroy, time

app = Ursina()
player = Entity(model="cube", color=color.azure, position=(0, 0, 0))
bullets = []
pickups = []


def fire(direction):
    bullets.append(Entity(model="sphere", scale=0.2, position=player.position, direction=Vec3(direction)))


def update():
    for bullet in list(bullets):
        bullet.position += bullet.direction * time.dt * 20
        if bullet.position.length() > 50:
            bullets.remove(bullet)
            destroy(bullet)
    respawned = []
    for pickup in pickups:
        if (pickup.position - player.position).length() < 1:
            respawned.append(Entity(model="cube", color=color.gold, position=(pickup.x * -1, 0, 5)))
            destroy(pickup)
    pickups[:] = [p for p in pickups if p.enabled] + respawned


if __name__ == "__main__":
    app.run()
