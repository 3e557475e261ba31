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
    log_path = sys.argv[1] if len(sys.argv) > 1 else "access.log"
    for seconds, url in slowest(log_path, 10):
        print(f"{seconds:8.3f}s  {url}")
    if len(sys.argv) > 2:
        limit = int(sys.argv[2])
        print("showing", limit)
