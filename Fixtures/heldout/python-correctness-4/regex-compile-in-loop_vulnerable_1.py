"""Data pipeline: parse nginx access logs into rows for the warehouse."""
import re
from pathlib import Path


def parse_logs(folder: Path):
    for path in sorted(folder.glob("access.log*")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                pattern = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3})')  # expect: regex-compile-in-loop
                match = pattern.match(line)
                if not match:
                    continue
                row = match.groupdict()
                if re.compile(r"\.(png|jpg|css|js)\b").search(row["req"]):  # expect: regex-compile-in-loop
                    continue
                yield row
