import logging

import requests

log = logging.getLogger("uploader")
API = "https://api.example.org/v2/photos"


def upload(path, token, album):
    headers = {"Authorization": f"Bearer {token}"}
    started = time_now()  # expect: unused-variable
    with open(path, "rb") as fh:
        response = requests.post(API, headers=headers, files={"file": fh}, data={"album": album}, timeout=30)
    if response.status_code != 201:
        log.warning("upload of %s failed: %s", path, response.status_code)
        return None
    body = response.json()
    photo_id = body["id"]  # expect: unused-variable
    return body["url"]


def delete(photo_id, token):
    try:
        response = requests.delete(f"{API}/{photo_id}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        response.raise_for_status()
    except requests.RequestException as exc:  # expect: unused-variable
        log.error("could not delete %s", photo_id)
        return False
    return True


def time_now():
    from time import monotonic

    return monotonic()
