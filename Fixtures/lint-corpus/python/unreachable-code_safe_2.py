def read_config(path):
    handle = open(path)
    try:
        return handle.read()
    finally:
        handle.close()


def first_even(numbers):
    for number in numbers:
        if number % 2 == 0:
            return number
    return None


def countdown(start):
    while True:
        if start <= 0:
            break
        start -= 1
    return "lift-off"
