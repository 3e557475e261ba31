"""Convert a CSV export of the gradebook to JSON."""
import csv
import json
import os  # expect: unused-import
import sys
from collections import Counter, defaultdict  # expect: unused-import
from datetime import datetime  # expect: unused-import


def convert(src, dst):
    by_course = defaultdict(list)
    with open(src, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_course[row["course"]].append({"student": row["student"], "grade": float(row["grade"])})
    with open(dst, "w", encoding="utf-8") as out:
        json.dump(by_course, out, indent=2)
    return len(by_course)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py SRC.csv DST.json")
    print(convert(sys.argv[1], sys.argv[2]), "courses written")
