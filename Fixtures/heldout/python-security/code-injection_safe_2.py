#!/usr/bin/env python3
"""Applies a column filter from a config file to a CSV; filters are a fixed set of named operations."""
import csv
import operator
import sys

OPERATORS = {"eq": operator.eq, "ne": operator.ne, "contains": operator.contains}
TEMPLATE = "def keep(row):\n    return row.get({col!r}) is not None\n"


def load_rules(path):
    rules = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if "=" in line and not line.startswith("#"):
                key, _, value = line.partition("=")
                rules[key.strip()] = value.strip()
    return rules


def build_filter(rules):
    column, op_name, expected = rules.get("filter", "id ne ").split(" ", 2)
    op = OPERATORS[op_name]
    return lambda row: op(row.get(column, ""), expected)


def main(config_path, csv_path):
    keep = build_filter(load_rules(config_path))
    namespace = {}
    exec(TEMPLATE.format(col="id"), namespace)
    with open(csv_path, newline="", encoding="utf-8") as fh:
        writer = csv.writer(sys.stdout)
        for row in csv.DictReader(fh):
            if keep(row) and namespace["keep"](row):
                writer.writerow(row.values())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
