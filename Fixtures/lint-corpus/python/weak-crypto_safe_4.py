import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def content_address(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def new_hasher():
    return hashlib.new("sha3_256")


def encrypt(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def digest(data: bytes) -> bytes:
    h = hashes.Hash(hashes.SHA256())
    h.update(data)
    return h.finalize()


def short_id(name: str) -> str:
    return hashlib.blake2b(name.encode(), digest_size=8).hexdigest()
