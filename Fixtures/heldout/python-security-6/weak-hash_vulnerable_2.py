"""Python Fire CLI that rotates API keys; only the digest of each key is stored."""
import hashlib
import secrets

import fire

from .keys import store_key_digest, store_reset_digest


class Keys:
    def rotate(self, client):
        key = secrets.token_urlsafe(32)
        digest = hashlib.new("md5", key.encode()).hexdigest()  # expect: weak-hash
        store_key_digest(client, digest)
        return key

    def reset_code(self, client):
        code = secrets.token_hex(4)
        hasher = hashlib.md5()  # expect: weak-hash
        hasher.update(code.encode())
        store_reset_digest(client, hasher.hexdigest())
        return code


if __name__ == "__main__":
    fire.Fire(Keys)
