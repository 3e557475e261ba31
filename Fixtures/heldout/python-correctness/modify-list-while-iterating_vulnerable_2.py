"""Game loop for the asteroids assignment: update and prune entities each frame."""


class Entity:
    def __init__(self, x, y, vx, vy, hp=1):
        self.x, self.y, self.vx, self.vy, self.hp = x, y, vx, vy, hp

    def step(self):
        self.x += self.vx
        self.y += self.vy


def update(entities, width, height):
    for e in entities:
        e.step()
        if not (0 <= e.x < width and 0 <= e.y < height):
            entities.remove(e)  # expect: modify-list-while-iterating
        elif e.hp <= 0:
            entities.pop(entities.index(e))  # expect: modify-list-while-iterating


def split_asteroids(asteroids):
    for a in asteroids:
        if a.hp == 1:
            asteroids.append(Entity(a.x, a.y, -a.vy, a.vx))  # expect: modify-list-while-iterating
    return asteroids


if __name__ == "__main__":
    world = [Entity(1, 1, 1, 0), Entity(99, 5, 5, 0), Entity(3, 3, 0, 0, hp=0)]
    update(world, 100, 100)
    print(len(world), len(split_asteroids(world)))
