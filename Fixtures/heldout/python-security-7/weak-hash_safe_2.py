"""argparse tool issuing API keys to partners; SHA-256 digests of random keys."""
import argparse
import secrets

from cryptography.hazmat.primitives import hashes

from .keys import KeyStore


def key_digest(key):
    digest = hashes.Hash(hashes.SHA256())
    digest.update(key.encode())
    return digest.finalize().hex()


def main():
    parser = argparse.ArgumentParser(description="Issue a partner API key")
    parser.add_argument("partner")
    args = parser.parse_args()
    key = secrets.token_urlsafe(32)
    store = KeyStore.from_env()
    store.save(args.partner, key_digest(key))
    store.announce(args.partner, key)


if __name__ == "__main__":
    main()
