import re
import sys

ACCESS = re.compile(r'^(\S+) \S+ \S+ \[[^\]]+\] "(GET|POST) (\S+)')


def parse_access_log(lines):
    hits = {}
    for line in lines:
        match = ACCESS.match(line)
        if match:
            path = match.group(3)
            hits[path] = hits.get(path, 0) + 1
    return hits


def highlight(text, words):
    for word in words:
        text = re.compile(rf"\b{re.escape(word)}\b", re.I).sub(lambda m: m.group(0).upper(), text)
    return text


def find_emails(paragraphs):
    email_re = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)
    return [addr for paragraph in paragraphs for addr in email_re.findall(paragraph)]


if __name__ == "__main__":
    print(parse_access_log(sys.stdin))
