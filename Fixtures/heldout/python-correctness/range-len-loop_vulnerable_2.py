"""Clean a CSV of sensor readings in place: strip whitespace and upper-case the units."""
import csv
import sys


def clean(rows):
    for i in range(len(rows)):  # expect: range-len-loop
        row = rows[i]
        row["unit"] = row["unit"].strip().upper()
        row["value"] = row["value"].strip()
    return rows


def find_first_negative(rows):
    for idx in range(0, len(rows)):  # expect: range-len-loop
        if float(rows[idx]["value"]) < 0:
            return idx
    return -1


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        data = clean(list(csv.DictReader(fh)))
    print(len(data), "rows; first negative at", find_first_negative(data))
