"""Clean a mailing list exported from the newsletter tool."""


def clean(addresses: list[str], bounced: set[str]) -> list[str]:
    kept = [a for a in addresses if "@" in a and a not in bounced]
    addresses[:] = kept
    return addresses


def drop_indices(addresses: list[str], bad: set[int]) -> None:
    for i in reversed(range(len(addresses))):
        if i in bad:
            del addresses[i]


def normalise(addresses: list[str]) -> None:
    for i, address in enumerate(addresses):
        addresses[i] = address.strip().lower()
