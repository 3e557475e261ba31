#!/usr/bin/env python3
"""Find duplicate photos/files in a folder by content hash."""
import argparse
import hashlib
import os  # expect: unused-import
import shutil  # expect: unused-import
from collections import defaultdict
from pathlib import Path


def digest(path, chunk=1 << 16):
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()

    groups = defaultdict(list)
    for path in args.folder.rglob("*"):
        if path.is_file():
            groups[digest(path)].append(path)

    for paths in groups.values():
        if len(paths) > 1:
            print("duplicates:", *paths, sep="\n  ")


if __name__ == "__main__":
    main()
