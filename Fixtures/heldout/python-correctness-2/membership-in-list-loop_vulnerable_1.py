import re

STOPWORDS = ["the", "a", "an", "and", "or", "of", "to", "in", "is", "it"]
TOKEN = re.compile(r"[a-z]+")


def keywords(text):
    counts = {}
    for word in TOKEN.findall(text.lower()):
        if word in STOPWORDS:  # expect: membership-in-list-loop
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


def dedupe_emails(lines):
    seen = []
    unique = []
    for line in lines:
        email = line.strip().lower()
        if email and email not in seen:  # expect: membership-in-list-loop
            seen.append(email)
            unique.append(email)
    return unique
