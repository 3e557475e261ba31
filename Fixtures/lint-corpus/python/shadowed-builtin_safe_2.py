"""Ask for numbers until the user types 'done'."""
import sys


def main():
    largest = None
    while True:
        line = sys.stdin.readline().strip()
        if line in ("done", ""):
            break
        value = float(line)
        largest = value if largest is None else max(largest, value)
    sys.stdout.write(f"largest: {largest}\n")


def describe(kind, item_id):
    return "{type}#{id}".format(type=kind, id=item_id)


if __name__ == "__main__":
    main()
