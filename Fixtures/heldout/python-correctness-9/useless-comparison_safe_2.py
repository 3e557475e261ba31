import pyray as rl

WIDTH, HEIGHT = 640, 480
PADDLE_SPEED = 6


class Paddle:
    def __init__(self, x):
        self.rect = rl.Rectangle(x, HEIGHT / 2 - 40, 12, 80)
        self.score = 0

    def move(self, up_key, down_key):
        if rl.is_key_down(up_key) and self.rect.y > 0:
            self.rect.y -= PADDLE_SPEED
        if rl.is_key_down(down_key) and self.rect.y + self.rect.height < HEIGHT:
            self.rect.y += PADDLE_SPEED


def reset_ball(ball):
    ball["pos"] = rl.Vector2(WIDTH / 2, HEIGHT / 2)
    ball["speed"] = rl.Vector2(4, 3)
    return ball["pos"].x == WIDTH / 2


def main():
    rl.init_window(WIDTH, HEIGHT, "pong")
    rl.set_target_fps(60)
    left, right = Paddle(20), Paddle(WIDTH - 32)
    ball = {"pos": rl.Vector2(0, 0), "speed": rl.Vector2(4, 3)}
    centred = reset_ball(ball)
    while not rl.window_should_close() and centred:
        left.move(rl.KEY_W, rl.KEY_S)
        right.move(rl.KEY_UP, rl.KEY_DOWN)
        ball["pos"].x += ball["speed"].x
        ball["pos"].y += ball["speed"].y
        if ball["pos"].y < 0 or ball["pos"].y > HEIGHT:
            ball["speed"].y *= -1
        if rl.check_collision_circle_rec(ball["pos"], 6, left.rect) or rl.check_collision_circle_rec(ball["pos"], 6, right.rect):
            ball["speed"].x *= -1
        rl.begin_drawing()
        rl.clear_background(rl.BLACK)
        rl.draw_circle_v(ball["pos"], 6, rl.WHITE)
        rl.draw_rectangle_rec(left.rect, rl.WHITE)
        rl.draw_rectangle_rec(right.rect, rl.WHITE)
        rl.end_drawing()
    rl.close_window()
