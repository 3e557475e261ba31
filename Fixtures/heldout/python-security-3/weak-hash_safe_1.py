import hashlib
import hmac
import os

from .db import fetch_user, insert_user

ITERATIONS = 2**14


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=ITERATIONS, r=8, p=1)
    return salt.hex() + "$" + digest.hex()


def register(username, password):
    insert_user(username, hash_password(password))


def check_password(username, password):
    row = fetch_user(username)
    if row is None:
        return False
    salt_hex, _ = row["password"].split("$", 1)
    return hmac.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), row["password"])
