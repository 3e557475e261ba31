import re
import sys

WORD = re.compile(r"[a-z']+")


def load_dictionary(path):
    with open(path, encoding="utf-8") as fh:
        return {line.strip().lower() for line in fh}


def misspelled(text, dictionary):
    unknown = {}
    for word in WORD.findall(text.lower()):
        if word not in dictionary:
            unknown.setdefault(word, 0)
            unknown[word] += 1
    return unknown


if __name__ == "__main__":
    words = load_dictionary("/usr/share/dict/words")
    with open(sys.argv[1], encoding="utf-8") as fh:
        text = fh.read()
    for bad, count in misspelled(text, words).items():
        marker = "!" if "'" in bad else ""
        print(bad + marker, count)
