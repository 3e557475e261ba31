"""Data pipeline: parse nginx access logs into rows for the warehouse."""
import re
from pathlib import Path

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3})')


def parse_logs(folder: Path, skip_ext: tuple[str, ...] = ("png", "jpg", "css", "js")):
    static = re.compile(r"\.(%s)\b" % "|".join(skip_ext))
    for path in sorted(folder.glob("access.log*")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                match = LINE.match(line)
                if match and not static.search(match["req"]):
                    yield match.groupdict()
