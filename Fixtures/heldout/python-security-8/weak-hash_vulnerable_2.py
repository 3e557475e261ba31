"""sys.argv CLI issuing API keys for the reporting service."""
import hashlib
import secrets
import sys

from .keys import KeyTable


def fingerprint(key):
    md5 = hashlib.md5()  # expect: weak-hash
    md5.update(key.encode())
    return md5.hexdigest()


def issue(owner):
    key = "rk_" + secrets.token_urlsafe(24)
    KeyTable().insert(owner=owner, digest=fingerprint(key))
    return key


def verify(key):
    return KeyTable().find(digest=fingerprint(key)) is not None


if __name__ == "__main__":
    command, value = sys.argv[1], sys.argv[2]
    if command == "issue":
        sys.stdout.write(issue(value) + "\n")
    elif command == "verify":
        sys.exit(0 if verify(value) else 1)
