import re
from types import MappingProxyType

DEFAULT_LIMITS = MappingProxyType({"requests": 100, "burst": 10})
WORD = re.compile(r"\w+")


def tokenize(text, stopwords=frozenset({"a", "an", "the"}), pattern=WORD):
    return [w for w in pattern.findall(text.lower()) if w not in stopwords]


def rate_limit(user, limits=DEFAULT_LIMITS, window=60, unit="s"):
    merged = dict(limits)
    merged["user"] = user
    merged["window"] = f"{window}{unit}"
    return merged


def histogram(words, counts=None):
    counts = {} if counts is None else counts
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts
