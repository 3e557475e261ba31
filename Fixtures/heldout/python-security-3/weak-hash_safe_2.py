import hashlib
from pathlib import Path

from django.db import models


class Asset(models.Model):
    path = models.CharField(max_length=255)
    etag = models.CharField(max_length=32, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)

    def refresh_digests(self):
        data = Path(self.path).read_bytes()
        self.etag = hashlib.md5(data, usedforsecurity=False).hexdigest()
        self.sha256 = hashlib.sha256(data).hexdigest()
        self.save(update_fields=["etag", "sha256"])


def token_digest(raw):
    return hashlib.sha256(raw.encode()).hexdigest()


def cache_key(*parts):
    return "asset:" + hashlib.blake2b("|".join(parts).encode(), digest_size=16).hexdigest()
