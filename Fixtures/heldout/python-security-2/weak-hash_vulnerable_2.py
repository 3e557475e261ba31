"""Signed download links for the asset CDN."""
import hashlib
import hmac
import os
import time

LINK_SECRET = os.environ["CDN_LINK_SECRET"].encode()


def sign_path(path: str, expires: int) -> str:
    h = hashlib.new("md5")  # expect: weak-hash
    h.update(LINK_SECRET)
    h.update(f"{path}:{expires}".encode())
    return h.hexdigest()


def signed_url(path: str, ttl: int = 3600) -> str:
    expires = int(time.time()) + ttl
    return f"https://cdn.example.net{path}?e={expires}&s={sign_path(path, expires)}"


def verify(path: str, expires: int, signature: str) -> bool:
    if expires < time.time():
        return False
    return hmac.compare_digest(sign_path(path, expires), signature)


def reset_token_fingerprint(user_id: int, token: str) -> str:
    material = f"{user_id}:{token}".encode()
    return hashlib.sha1(material).hexdigest()  # expect: weak-hash
