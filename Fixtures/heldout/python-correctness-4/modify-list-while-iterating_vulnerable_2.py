"""Clean a mailing list exported from the newsletter tool."""
import csv


def read_addresses(path: str) -> list[str]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [row["email"].strip().lower() for row in csv.DictReader(fh)]


def clean(addresses: list[str], bounced: set[str]) -> list[str]:
    for address in addresses:
        if "@" not in address or address in bounced:
            addresses.remove(address)  # expect: modify-list-while-iterating
    return addresses


def dedupe(addresses: list[str]) -> list[str]:
    seen: set[str] = set()
    for i, address in enumerate(addresses):
        if address in seen:
            del addresses[i]  # expect: modify-list-while-iterating
        seen.add(address)
    return addresses
