import logging
from pathlib import Path

import requests

log = logging.getLogger("sync")


def sync_gallery(album_id, target: Path, token):
    log.info(f"Starting gallery sync")  # expect: fstring-without-placeholders
    target.mkdir(parents=True, exist_ok=True)
    resp = requests.get(
        f"https://photos.example.com/api/albums/{album_id}/items",
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    if resp.status_code == 401:
        raise PermissionError(f"token rejected, log in again")  # expect: fstring-without-placeholders
    resp.raise_for_status()
    count = 0
    for item in resp.json()["items"]:
        dest = target / item["filename"]
        if dest.exists():
            continue
        dest.write_bytes(requests.get(item["url"], timeout=30).content)
        count += 1
    log.info(f"Downloaded {count} new photos")
    log.info(f"Sync finished.")  # expect: fstring-without-placeholders
    return count
