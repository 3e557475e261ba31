"""Game loop (fixed): prune by rebuilding the list, mutate other lists freely."""


class Entity:
    def __init__(self, x, y, vx, vy, hp=1):
        self.x, self.y, self.vx, self.vy, self.hp = x, y, vx, vy, hp

    def step(self):
        self.x += self.vx
        self.y += self.vy


def update(entities, width, height, graveyard):
    for e in entities:
        e.step()
        if e.hp <= 0:
            graveyard.append(e)
    entities[:] = [e for e in entities if 0 <= e.x < width and 0 <= e.y < height and e.hp > 0]


def split_asteroids(asteroids):
    for a in list(asteroids):
        if a.hp == 1:
            asteroids.append(Entity(a.x, a.y, -a.vy, a.vx))
    return asteroids


def decay(entities):
    for i in range(len(entities) - 1, -1, -1):
        entities[i].hp -= 1
        if entities[i].hp < 0:
            del entities[i]


if __name__ == "__main__":
    world, dead = [Entity(1, 1, 1, 0), Entity(3, 3, 0, 0, hp=0)], []
    update(world, 100, 100, dead)
    decay(world)
    print(len(world), len(dead), len(split_asteroids(world)))
