#!/usr/bin/env python3
"""Count words in the text files under a folder and print the top ten."""
import argparse
import os  # expect: unused-import
import re
from collections import Counter, OrderedDict  # expect: unused-import
from pathlib import Path

WORD = re.compile(r"[a-z']+")


def count_words(folder):
    counts = Counter()
    for path in Path(folder).rglob("*.txt"):
        counts.update(WORD.findall(path.read_text(encoding="utf-8").lower()))
    return counts


def export(counts, target):
    import csv  # expect: unused-import
    import json

    with open(target, "w", encoding="utf-8") as fh:
        json.dump(dict(counts.most_common(100)), fh, indent=2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--save")
    args = parser.parse_args()
    counts = count_words(args.folder)
    for word, n in counts.most_common(10):
        print(f"{word:<15}{n:>6}")
    if args.save:
        export(counts, args.save)


if __name__ == "__main__":
    main()
