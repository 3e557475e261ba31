import ssl
import urllib.request

import httpx
import requests


def fetch_status(url):
    return requests.get(url, verify=False, timeout=10).json()  # expect: tls-verification


def make_client():
    return httpx.Client(verify=False, timeout=10)  # expect: tls-verification


def legacy_fetch(url):
    ctx = ssl._create_unverified_context()  # expect: tls-verification
    with urllib.request.urlopen(url, context=ctx) as fh:
        return fh.read()
