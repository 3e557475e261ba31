"""Pull phone numbers and emails out of exported chat logs."""
import re
import sys
from pathlib import Path


def scan(folder):
    found = {"phones": set(), "emails": set()}
    for path in Path(folder).glob("*.txt"):
        text = path.read_text(encoding="utf-8", errors="replace")
        phone = re.compile(r"\+?\d[\d\s/-]{7,}\d")  # expect: regex-compile-in-loop
        email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)  # expect: regex-compile-in-loop
        found["phones"].update(m.strip() for m in phone.findall(text))
        found["emails"].update(email.findall(text))
    return found


if __name__ == "__main__":
    result = scan(sys.argv[1])
    print(len(result["phones"]), "phone numbers,", len(result["emails"]), "emails")
