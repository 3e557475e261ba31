"""argparse tool that provisions Wi-Fi guest accounts on the office controller."""
import argparse
import random
import time

from .controller import Controller

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def guest_password(length=10):
    rng = random.Random(time.time())
    return "".join(rng.sample(ALPHABET, length))  # expect: insecure-random


def voucher():
    return str(random.randint(100000, 999999))  # expect: insecure-random


def main():
    parser = argparse.ArgumentParser(description="Create guest Wi-Fi accounts")
    parser.add_argument("names", nargs="+")
    args = parser.parse_args()
    controller = Controller.from_env()
    for name in args.names:
        controller.add_guest(name, password=guest_password(), voucher=voucher())


if __name__ == "__main__":
    main()
