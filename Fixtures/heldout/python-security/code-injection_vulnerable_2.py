#!/usr/bin/env python3
"""Reads a plugin config (YAML-ish key=value) and applies transformations to a CSV."""
import csv
import sys


def load_rules(path):
    rules = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if "=" in line and not line.startswith("#"):
                key, _, value = line.partition("=")
                rules[key.strip()] = value.strip()
    return rules


def compile_filter(expression):
    source = "lambda row: " + expression
    return eval(source, {"__builtins__": {}})  # expect: code-injection


def main(config_path, csv_path):
    rules = load_rules(config_path)
    keep = compile_filter(rules.get("filter", "True"))
    transform = rules.get("transform")
    with open(csv_path, newline="", encoding="utf-8") as fh:
        writer = csv.writer(sys.stdout)
        for row in csv.DictReader(fh):
            if keep(row):
                if transform:
                    row = eval(transform, {"row": row})  # expect: code-injection
                writer.writerow(row.values())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
