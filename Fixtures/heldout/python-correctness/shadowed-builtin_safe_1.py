"""Exercise 6 (model answer): descriptive names that leave the builtins alone."""


def read_numbers(path="numbers.txt"):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return [int(tok) for tok in text.split()]


def stats(numbers):
    total = sum(numbers)
    largest = max(numbers)
    smallest = min(numbers)
    return total / len(numbers), largest, smallest


def describe(values, format_="{:.2f}"):
    list_ = sorted(values)
    return ", ".join(format_.format(v) for v in list_)


if __name__ == "__main__":
    nums = read_numbers()
    avg, top, low = stats(nums)
    print(f"average {avg:.2f}, largest {top}, smallest {low}")
    print(describe(nums), sorted(nums, key=abs), dict(type="report", id=7))
