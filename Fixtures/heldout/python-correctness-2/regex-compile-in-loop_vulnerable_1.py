import re
import sys


def parse_access_log(lines):
    hits = {}
    for line in lines:
        pattern = re.compile(r'^(\S+) \S+ \S+ \[[^\]]+\] "(GET|POST) (\S+)')  # expect: regex-compile-in-loop
        match = pattern.match(line)
        if match:
            path = match.group(3)
            hits[path] = hits.get(path, 0) + 1
    return hits


def find_emails(paragraphs):
    found = []
    for paragraph in paragraphs:
        email_re = re.compile(  # expect: regex-compile-in-loop
            r"[\w.+-]+@[\w-]+\.[\w.]+",
            re.IGNORECASE,
        )
        found.extend(email_re.findall(paragraph))
    return found


if __name__ == "__main__":
    print(parse_access_log(sys.stdin))
