import pygame


class Paddle(pygame.sprite.Sprite):
    SPEED = 6

    def __init__(self, x, y):
        super().__init__()
        self.image = pygame.Surface((12, 80))
        self.image.fill((255, 255, 255))
        self.rect = self.image.get_rect(center=(x, y))

    def move_up():  # expect: missing-self
        pass

    def update(self, keys):
        if keys[pygame.K_UP]:
            self.rect.y -= self.SPEED
        if keys[pygame.K_DOWN]:
            self.rect.y += self.SPEED
        self.rect.clamp_ip(pygame.Rect(0, 0, 640, 480))

    def reset(x, y):  # expect: missing-self
        return pygame.Rect(x - 6, y - 40, 12, 80)
