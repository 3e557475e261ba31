"""Python Fire CLI used by the help desk to reset kiosk accounts."""
import random
import string

import fire

from .directory import set_password, store_recovery_codes

ALPHABET = string.ascii_letters + string.digits


def _temporary_password(length):
    return "".join(random.choices(ALPHABET, k=length))  # expect: insecure-random


class Accounts:
    def reset(self, username, length=14):
        password = _temporary_password(length)
        set_password(username, password, must_change=True)
        return f"temporary password set for {username}"

    def recovery_codes(self, username, count=8):
        codes = []
        for _ in range(count):
            codes.append("%08d" % random.randrange(10**8))  # expect: insecure-random
        store_recovery_codes(username, codes)
        return "\n".join(codes)


if __name__ == "__main__":
    fire.Fire(Accounts)
