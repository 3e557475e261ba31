"""Extract student IDs and e-mail addresses from forum posts."""
import re


def extract_ids(posts):
    ids = []
    for post in posts:
        pattern = re.compile(r"\bS\d{7}\b")  # expect: regex-compile-in-loop
        ids.extend(pattern.findall(post))
    return ids


def extract_emails(posts):
    found = set()
    for post in posts:
        for line in post.splitlines():
            email_re = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)  # expect: regex-compile-in-loop
            found.update(m.lower() for m in email_re.findall(line))
    return sorted(found)


if __name__ == "__main__":
    posts = ["Hi, I am S1234567, mail me at ada@uni.example", "S7654321 here"]
    print(extract_ids(posts), extract_emails(posts))
