#!/usr/bin/env python3
"""Print the shortest non-empty line of a text file."""
import sys


def shortest_line(path):
    best = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line and (best is None or len(line) < len(best)):
                best = line
    return best


def main(argv):
    if len(argv) != 2:
        print("usage: shortest.py FILE", file=sys.stderr)
        return 2
    line = shortest_line(argv[1])
    if line is None:
        print("no lines")
        return 1
    print(len(line), "characters:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
