"""Generate temporary passwords for new accounts."""
import random
import sys

CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def temporary_password(length=12):
    chosen = random.choices(CHARS, k=length)  # expect: insecure-random
    return "".join(chosen)


def api_key():
    return "%032x" % random.getrandbits(128)  # expect: insecure-random


def main():
    for user in sys.argv[1:]:
        sys.stdout.write(f"{user}: {temporary_password()} {api_key()}\n")


if __name__ == "__main__":
    main()
