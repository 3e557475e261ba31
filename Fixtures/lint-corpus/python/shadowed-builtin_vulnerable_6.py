"""Print the slowest requests of an access log, largest first."""
import sys


def slowest(path, limit):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            rows.append((float(fields[-1]), fields[6]))
    rows.sort(reverse=True)
    return rows[:limit]


if __name__ == "__main__":
    input = sys.argv[1] if len(sys.argv) > 1 else "access.log"  # expect: shadowed-builtin
    for object in slowest(input, 10):  # expect: shadowed-builtin
        print(f"{object[0]:8.3f}s  {object[1]}")
