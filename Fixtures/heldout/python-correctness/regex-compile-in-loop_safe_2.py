"""Parse an nginx access log (fixed): the pattern is compiled before the loop."""
import re
import sys
from collections import Counter


def parse(path):
    line_re = re.compile(
        r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3}) (?P<size>\d+|-)'
    )
    statuses = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = line_re.match(line)
            if m:
                statuses[m["status"]] += 1
    return statuses


def slow_paths(lines, threshold=1.0):
    timing = re.compile(r"rt=(\d+\.\d+)")
    slow = []
    for line in lines:
        m = timing.search(line)
        if m and float(m.group(1)) > threshold:
            slow.append(line)
    return slow


if __name__ == "__main__":
    print(parse(sys.argv[1]).most_common(5))
    print(slow_paths(["GET / rt=2.50", "GET /a rt=0.01"]))
