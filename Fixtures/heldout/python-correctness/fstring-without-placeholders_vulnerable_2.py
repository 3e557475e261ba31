"""Write a weekly sales report to CSV."""
import csv

REPORT_PATH = f"/tmp/weekly_report.csv"  # expect: fstring-without-placeholders


def write_report(rows):
    with open(REPORT_PATH, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["day", "units", "revenue"])
        for day, units, revenue in rows:
            writer.writerow([day, units, f"{revenue:.2f}"])
    return REPORT_PATH


def template_hint():
    return f"use {{day}} and {{units}} in the e-mail template"  # expect: fstring-without-placeholders


def summary(rows):
    total = sum(r[2] for r in rows)
    header = (
        f"Weekly sales\n"  # expect: fstring-without-placeholders
        "============\n"
    )
    return header + f"Total revenue: {total:.2f}\n"


if __name__ == "__main__":
    data = [("mon", 12, 340.0), ("tue", 9, 255.5)]
    print(write_report(data))
    print(summary(data), template_hint())
