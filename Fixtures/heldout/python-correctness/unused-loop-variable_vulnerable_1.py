"""Exercise 2: print patterns and a multiplication table."""


def banner(times):
    for i in range(times):  # expect: unused-loop-variable
        print("*" * 20)


def table(n):
    for row in range(1, n + 1):
        cells = [f"{row * col:4d}" for col in range(1, n + 1)]
        print("".join(cells))


def countdown(seconds):
    remaining = seconds
    for tick in range(seconds):  # expect: unused-loop-variable
        print(remaining)
        remaining -= 1
    print("liftoff!")


if __name__ == "__main__":
    banner(2)
    table(5)
    countdown(3)
