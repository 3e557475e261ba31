"""Exercise 6: read numbers and report statistics."""
import math


def read_numbers(path="numbers.txt"):
    with open(path, encoding="utf-8") as fh:
        input = fh.read()  # expect: shadowed-builtin
    list = [int(tok) for tok in input.split()]  # expect: shadowed-builtin
    return list


def stats(numbers):
    sum = math.fsum(numbers)  # expect: shadowed-builtin
    return sum / len(numbers)


def shout(words):
    for str in words:  # expect: shadowed-builtin
        print(str.upper() + "!")


if __name__ == "__main__":
    nums = read_numbers()
    print(f"average {stats(nums):.2f}")
    shout(["done", "bye"])
