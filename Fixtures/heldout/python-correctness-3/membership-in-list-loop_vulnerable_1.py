"""Spell checker exercise: report words not in the dictionary file."""
import re
import sys

WORD = re.compile(r"[a-z']+")


def load_dictionary(path):
    with open(path, encoding="utf-8") as fh:
        return [line.strip().lower() for line in fh]


def misspelled(text, dictionary):
    unknown = []
    for word in WORD.findall(text.lower()):
        if word not in dictionary and word not in unknown:  # expect: membership-in-list-loop
            unknown.append(word)
    return unknown


if __name__ == "__main__":
    words = load_dictionary("/usr/share/dict/words")
    with open(sys.argv[1], encoding="utf-8") as fh:
        for bad in misspelled(fh.read(), words):
            print(bad)
