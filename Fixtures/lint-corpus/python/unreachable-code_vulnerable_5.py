import sys


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: tool FILE")
        return 2  # expect: unreachable-code
    return run(argv[1])


def run(path):
    while True:
        line = input()
        if line == path:
            return 0
    return 1  # expect: unreachable-code
