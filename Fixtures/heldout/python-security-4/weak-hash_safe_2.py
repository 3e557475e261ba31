"""Celery tasks for the asset pipeline: dedup checksums and signed download links."""
import hashlib
import hmac
import os
import time

from celery import shared_task

from .storage import asset_bytes, record_checksum, record_link

LINK_KEY = os.environ["ASSET_LINK_KEY"].encode()


@shared_task
def checksum_asset(asset_id):
    data = asset_bytes(asset_id)
    fingerprint = hashlib.md5(data, usedforsecurity=False).hexdigest()
    content_id = hashlib.sha256(data).hexdigest()
    record_checksum(asset_id, etag=fingerprint, content_id=content_id)


@shared_task
def sign_download(asset_id, ttl=3600):
    expires = int(time.time()) + ttl
    message = f"{asset_id}:{expires}".encode()
    signature = hmac.new(LINK_KEY, message, hashlib.sha256).hexdigest()
    record_link(asset_id, f"/dl/{asset_id}?exp={expires}&sig={signature}")
