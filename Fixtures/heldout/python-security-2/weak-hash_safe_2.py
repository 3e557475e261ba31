"""Signed download links for the asset CDN; MD5 only for cache-busting names."""
import hashlib
import hmac
import os
import time
from pathlib import Path

LINK_SECRET = os.environ["CDN_LINK_SECRET"].encode()


def sign_path(path: str, expires: int) -> str:
    return hmac.new(LINK_SECRET, f"{path}:{expires}".encode(), hashlib.sha256).hexdigest()


def signed_url(path: str, ttl: int = 3600) -> str:
    expires = int(time.time()) + ttl
    return f"https://cdn.example.net{path}?e={expires}&s={sign_path(path, expires)}"


def fingerprinted_name(asset: Path) -> str:
    digest = hashlib.md5(asset.read_bytes(), usedforsecurity=False).hexdigest()[:10]
    return f"{asset.stem}.{digest}{asset.suffix}"


def file_checksum(asset: Path) -> str:
    h = hashlib.blake2b(digest_size=32)
    with asset.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
