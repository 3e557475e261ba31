"""Asteroids-style game: update bullets and rocks every frame."""
WIDTH, HEIGHT = 800, 600


class World:
    def __init__(self):
        self.bullets = []
        self.rocks = []
        self.score = 0

    def update(self, dt):
        for bullet in self.bullets:
            bullet.move(dt)
        self.bullets = [b for b in self.bullets if 0 <= b.x <= WIDTH and 0 <= b.y <= HEIGHT]

        fragments = []
        for rock in list(self.rocks):
            rock.move(dt)
            if any(rock.rect.collidepoint(b.x, b.y) for b in self.bullets):
                self.score += 10
                self.rocks.remove(rock)
                if rock.size > 1:
                    fragments.extend(rock.split())
        self.rocks.extend(fragments)
