"""argparse tool that provisions Wi-Fi guest accounts with secrets-drawn credentials."""
import argparse
import secrets

from .controller import Controller

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def guest_password(length=10):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def voucher():
    return str(100000 + secrets.randbelow(900000))


def main():
    parser = argparse.ArgumentParser(description="Create guest Wi-Fi accounts")
    parser.add_argument("names", nargs="+")
    args = parser.parse_args()
    controller = Controller.from_env()
    for name in args.names:
        controller.add_guest(name, password=guest_password(), voucher=voucher())


if __name__ == "__main__":
    main()
