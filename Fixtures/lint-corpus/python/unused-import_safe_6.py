"""Count the sign-ups per weekday of a newsletter export."""
import csv
from collections import Counter
from datetime import datetime


def signups_per_weekday(path):
    with open(path, newline="", encoding="utf-8") as fh:
        days = Counter(datetime.fromisoformat(row["joined"]).strftime("%A") for row in csv.DictReader(fh))
    return days.most_common()
