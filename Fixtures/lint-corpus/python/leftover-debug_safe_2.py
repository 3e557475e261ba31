"""Word counter: a command-line tool, so printing is its job."""
import sys
from collections import Counter


def count_words(text):
    return Counter(text.lower().split())


if __name__ == "__main__":
    counts = count_words(sys.stdin.read())
    for word, number in counts.most_common(10):
        print(f"{number:6d} {word}")
