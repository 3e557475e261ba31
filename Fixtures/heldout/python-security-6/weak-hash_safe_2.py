"""Python Fire CLI that rotates API keys; the file checksum is only for cache busting."""
import hashlib
import secrets

import fire

from .keys import store_key_digest


class Keys:
    def rotate(self, client):
        key = secrets.token_urlsafe(32)
        digest = hashlib.sha256(key.encode()).hexdigest()
        store_key_digest(client, digest)
        return key

    def asset_tag(self, path):
        with open(path, "rb") as fh:
            return hashlib.md5(fh.read(), usedforsecurity=False).hexdigest()[:8]


if __name__ == "__main__":
    fire.Fire(Keys)
