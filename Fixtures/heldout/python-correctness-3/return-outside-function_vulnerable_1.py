#!/usr/bin/env python3
"""Print the longest line of a text file (week 3 exercise)."""
import sys

if len(sys.argv) != 2:
    print("usage: longest.py FILE")
    return  # expect: return-outside-function

longest = ""
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        line = line.rstrip("\n")
        if len(line) > len(longest):
            longest = line

if not longest:
    print("file is empty")
    return 1  # expect: return-outside-function

print(len(longest), "characters:")
print(longest)
