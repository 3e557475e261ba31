"""Exercise 2 (model answer): `_` for a loop that only repeats."""


def banner(times):
    for _ in range(times):
        print("*" * 20)


def table(n):
    for row in range(1, n + 1):
        print("".join(f"{row * col:4d}" for col in range(1, n + 1)))


def countdown(seconds):
    for remaining in range(seconds, 0, -1):
        print(remaining)
    print("liftoff!")


def retry(action, attempts=3):
    for _attempt in range(attempts):
        if action():
            return True
    return False


if __name__ == "__main__":
    banner(2)
    table(5)
    countdown(3)
    print(retry(lambda: True))
