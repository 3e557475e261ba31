"""Extract student IDs and e-mail addresses from forum posts (fixed): compiled once."""
import re

STUDENT_ID = re.compile(r"\bS\d{7}\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)


def extract_ids(posts):
    ids = []
    for post in posts:
        ids.extend(STUDENT_ID.findall(post))
    return ids


def extract_emails(posts):
    found = set()
    for post in posts:
        for line in post.splitlines():
            found.update(m.lower() for m in EMAIL.findall(line))
    return sorted(found)


def highlight(text, words):
    """The pattern depends on each word, so it is built per word."""
    for word in words:
        text = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).sub(word.upper(), text)
    return text


if __name__ == "__main__":
    posts = ["Hi, I am S1234567, mail me at ada@uni.example", "S7654321 here"]
    print(extract_ids(posts), extract_emails(posts), highlight(posts[0], ["mail"]))
