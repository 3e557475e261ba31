import ssl

import aiohttp
import requests


def fetch(url, session=None):
    session = session or requests.Session()
    session.verify = "/etc/ssl/certs/ca-certificates.crt"
    return session.get(url, timeout=5)


def make_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    return ctx


async def fetch_pinned(url, fingerprint):
    async with aiohttp.ClientSession() as client:
        async with client.get(url, ssl=aiohttp.Fingerprint(fingerprint)) as resp:
            return await resp.text()


def parse_flags(argv):
    return {"verify": "--insecure" not in argv}
