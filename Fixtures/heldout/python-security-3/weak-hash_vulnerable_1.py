import hashlib
import hmac
import os

from .db import fetch_user, insert_user


def hash_password(password, salt=None):
    salt = salt or os.urandom(8).hex()
    digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()  # expect: weak-hash
    return f"{salt}${digest}"


def register(username, password):
    insert_user(username, hash_password(password))


def check_password(username, password):
    row = fetch_user(username)
    if row is None:
        return False
    salt, _ = row["password"].split("$", 1)
    return hmac.compare_digest(hash_password(password, salt), row["password"])
