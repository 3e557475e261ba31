"""Ask for numbers until the user types 'done'."""
import sys


def main():
    max = None  # expect: shadowed-builtin
    while True:
        input = sys.stdin.readline().strip()  # expect: shadowed-builtin
        if input in ("done", ""):
            break
        value = float(input)
        if max is None or value > max:
            max = value
    sys.stdout.write(f"largest: {max}\n")


def describe(type, id):  # expect: shadowed-builtin
    return f"{type}#{id}"


if __name__ == "__main__":
    main()
