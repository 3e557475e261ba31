"""Asteroids-style game: update bullets and rocks every frame."""
import pygame

WIDTH, HEIGHT = 800, 600


class World:
    def __init__(self):
        self.bullets = []
        self.rocks = []
        self.score = 0

    def update(self, dt):
        for bullet in self.bullets:
            bullet.move(dt)
            if not (0 <= bullet.x <= WIDTH and 0 <= bullet.y <= HEIGHT):
                self.bullets.remove(bullet)  # expect: modify-list-while-iterating
        for rock in self.rocks:
            rock.move(dt)
            if any(rock.rect.collidepoint(b.x, b.y) for b in self.bullets):
                self.score += 10
                self.rocks.remove(rock)  # expect: modify-list-while-iterating
                if rock.size > 1:
                    self.rocks.extend(rock.split())  # expect: modify-list-while-iterating

    def draw(self, screen):
        screen.fill((0, 0, 0))
        for sprite in self.bullets + self.rocks:
            pygame.draw.circle(screen, (255, 255, 255), (int(sprite.x), int(sprite.y)), sprite.radius)
