"""Parse an nginx access log and count requests per status code."""
import re
import sys
from collections import Counter


def parse(path):
    statuses = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line_re = re.compile(  # expect: regex-compile-in-loop
                r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3}) (?P<size>\d+|-)'
            )
            m = line_re.match(line)
            if m:
                statuses[m["status"]] += 1
    return statuses


def slow_paths(lines, threshold=1.0):
    slow = []
    i = 0
    while i < len(lines):
        timing = re.compile(r"rt=(\d+\.\d+)")  # expect: regex-compile-in-loop
        m = timing.search(lines[i])
        if m and float(m.group(1)) > threshold:
            slow.append(lines[i])
        i += 1
    return slow


if __name__ == "__main__":
    print(parse(sys.argv[1]).most_common(5))
