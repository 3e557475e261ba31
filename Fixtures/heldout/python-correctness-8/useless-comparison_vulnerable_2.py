import random


class SnakeGame:
    def __init__(self, width: int = 20, height: int = 15):
        self.width = width
        self.height = height
        self.reset()

    def reset(self) -> None:
        self.body = [(self.width // 2, self.height // 2)]
        self.direction = (1, 0)
        self.lives = 3
        self.food = self.random_cell()

    def random_cell(self) -> tuple[int, int]:
        return random.randrange(self.width), random.randrange(self.height)

    def step(self) -> None:
        head_x, head_y = self.body[0]
        head = ((head_x + self.direction[0]) % self.width, (head_y + self.direction[1]) % self.height)
        if head in self.body[1:]:
            self.lives -= 1
            self.body = [head]
            if self.lives <= 0:
                self.lives == 3  # expect: useless-comparison
            return
        self.body = [head] + self.body
        if head == self.food:
            self.food = self.random_cell()
        else:
            self.body.pop()
