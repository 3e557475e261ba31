import re
from dataclasses import dataclass, field
from types import MappingProxyType

DEFAULT_STOPWORDS = frozenset({"a", "an", "the", "and", "of"})
WORD = re.compile(r"[a-z']+")
DEFAULT_WEIGHTS = MappingProxyType({"title": 3, "body": 1})


@dataclass
class Document:
    title: str
    body: str
    tags: list = field(default_factory=list)


def tokens(text, stopwords=DEFAULT_STOPWORDS, pattern=WORD):
    return [w for w in pattern.findall(text.lower()) if w not in stopwords]


def score(doc, query, weights=DEFAULT_WEIGHTS, boost_tags=()):
    terms = set(tokens(query))
    total = weights["title"] * len(terms & set(tokens(doc.title)))
    total += weights["body"] * len(terms & set(tokens(doc.body)))
    return total + sum(2 for tag in doc.tags if tag in boost_tags)
