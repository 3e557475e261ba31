import hashlib
import hmac
import os


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + ":" + key.hex()


def file_checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sign(secret, body):
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def cache_key(url):
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
