"""Average of the grades in a CSV file, ignoring empty cells."""
import csv
import sys


def parse(cell):
    return float(cell) if cell.strip() else None


def main():
    with open(sys.argv[1], newline="") as handle:
        grades = [parse(row[1]) for row in csv.reader(handle)]
    valid = [g for g in grades if g != None]  # expect: none-comparison
    missing = sum(1 for g in grades if None == g)  # expect: none-comparison
    average = sum(valid) / len(valid) if valid else None
    sys.stdout.write(f"average {average}, missing {missing}\n")


if __name__ == "__main__":
    main()
