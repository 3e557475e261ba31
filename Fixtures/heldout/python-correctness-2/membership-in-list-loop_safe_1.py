import re

STOPWORDS = frozenset(["the", "a", "an", "and", "or", "of", "to", "in", "is", "it"])
TOKEN = re.compile(r"[a-z]+")
LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]


def keywords(text):
    counts = {}
    for word in TOKEN.findall(text.lower()):
        if word in STOPWORDS:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


def dedupe_emails(lines):
    seen = set()
    unique = []
    for line in lines:
        email = line.strip().lower()
        if email and email not in seen:
            seen.add(email)
            unique.append(email)
    return unique


def error_lines(lines, level="ERROR"):
    if level not in LEVELS:
        raise ValueError(level)
    return [line for line in lines if f"[{level}]" in line]
