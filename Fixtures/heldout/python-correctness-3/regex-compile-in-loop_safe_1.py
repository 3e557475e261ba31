import re
import sys
from pathlib import Path

PHONE = re.compile(r"\+?\d[\d\s/-]{7,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)


def scan(folder):
    phones, emails = set(), set()
    for path in Path(folder).glob("*.txt"):
        text = path.read_text(encoding="utf-8", errors="replace")
        phones.update(m.strip() for m in PHONE.findall(text))
        emails.update(EMAIL.findall(text))
    return phones, emails


if __name__ == "__main__":
    phones, emails = scan(sys.argv[1])
    print(len(phones), "phone numbers,", len(emails), "emails")
