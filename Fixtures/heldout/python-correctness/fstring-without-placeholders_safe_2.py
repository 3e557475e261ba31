"""Weekly sales report: implicit concatenation with an f-string part, and templates filled later."""
import re

TEMPLATE = "Hello {name}, you sold {units} units this week."


def header(week):
    return (
        "Weekly sales, "
        f"week {week}\n"
        "============\n"
    )


def email(name, units):
    return TEMPLATE.format(name=name, units=units)


def day_pattern(prefix):
    return re.compile(rf"^{re.escape(prefix)}\d{{2}}$")


def summary(rows, week):
    total = sum(r[2] for r in rows)
    return header(week) + f"Total revenue: {total:.2f}\n" + "{not a placeholder}\n"


if __name__ == "__main__":
    rows = [("mon", 12, 340.0), ("tue", 9, 255.5)]
    print(summary(rows, 14))
    print(email("Ada", 21), bool(day_pattern("day").match("day07")))
