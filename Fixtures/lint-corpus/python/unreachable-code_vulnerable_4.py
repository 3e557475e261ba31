import sys


def main(argv):
    if not argv:
        sys.stderr.write("usage: tool FILE\n")
        return 2
    with open(argv[0]) as fh:
        data = fh.read()
    return len(data)
    sys.stdout.write("done\n")  # expect: unreachable-code


def parse(value):
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"not a number: {value!r}") from None
        return 0  # expect: unreachable-code
