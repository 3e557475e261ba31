"""argparse tool issuing API keys to partners; only a digest of each key is stored."""
import argparse
import secrets

from cryptography.hazmat.primitives import hashes

from .keys import KeyStore


def key_digest(key):
    digest = hashes.Hash(hashes.SHA1())  # expect: weak-hash
    digest.update(key.encode())
    return digest.finalize().hex()


def reset_code_digest(code):
    digest = hashes.Hash(hashes.MD5())  # expect: weak-hash
    digest.update(code.encode())
    return digest.finalize().hex()


def main():
    parser = argparse.ArgumentParser(description="Issue a partner API key")
    parser.add_argument("partner")
    args = parser.parse_args()
    key = secrets.token_urlsafe(32)
    store = KeyStore.from_env()
    store.save(args.partner, key_digest(key), reset_code_digest(secrets.token_hex(4)))
    store.announce(args.partner, key)


if __name__ == "__main__":
    main()
