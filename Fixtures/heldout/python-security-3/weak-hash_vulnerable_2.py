import hashlib
import secrets

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    label = models.CharField(max_length=80)
    digest = models.CharField(max_length=64, unique=True)

    @staticmethod
    def fingerprint(raw):
        h = hashlib.new("md5")  # expect: weak-hash
        h.update(raw.encode())
        return h.hexdigest()

    @classmethod
    def issue(cls, owner, label):
        raw = secrets.token_urlsafe(32)
        cls.objects.create(owner=owner, label=label, digest=cls.fingerprint(raw))
        return raw


def signed_download_link(path, expires):
    secret = settings.DOWNLOAD_SIGNING_KEY
    sig = hashlib.md5(f"{path}:{expires}:{secret}".encode()).hexdigest()  # expect: weak-hash
    return f"{path}?e={expires}&s={sig}"
