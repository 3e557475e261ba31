"""Count the sign-ups per day of a newsletter export."""
import csv
from collections import Counter
from datetime import datetime  # expect: unused-import


def signups_per_day(path):
    with open(path, newline="", encoding="utf-8") as fh:
        days = Counter(row["joined"][:10] for row in csv.DictReader(fh))
    return sorted(days.items())
