"""Check a list of URLs and report the ones that are not healthy (fixed)."""
from http import HTTPStatus

import requests


def check(url):
    resp = requests.get(url, timeout=5)
    if resp.status_code == HTTPStatus.OK:
        return "ok"
    if resp.status_code != 404:
        return f"error {resp.status_code}"
    return "missing"


def check_all(urls, session=None):
    if session is None:
        session = requests.Session()
    results = {url: check(url) for url in urls}
    bad = [u for u, state in results.items() if state != "ok"]
    if bad == []:
        print("all good")
    elif results.get("summary") is Ellipsis:
        print("summary pending")
    return bad


if __name__ == "__main__":
    print(check_all(["https://example.org", "https://example.org/missing"]))
