"""sys.argv CLI issuing API keys for the reporting service."""
import hashlib
import secrets
import sys

from .keys import KeyTable


def fingerprint(key):
    return hashlib.sha256(key.encode()).hexdigest()


def cache_bucket(report_name):
    return hashlib.md5(report_name.encode(), usedforsecurity=False).hexdigest()[:8]


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
    elif command == "bucket":
        sys.stdout.write(cache_bucket(value) + "\n")
