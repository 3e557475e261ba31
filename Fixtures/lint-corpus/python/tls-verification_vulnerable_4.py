import ssl

import aiohttp
import requests

session = requests.Session()
session.verify = False  # expect: tls-verification


def make_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # expect: tls-verification
    ctx.verify_mode = ssl.CERT_NONE  # expect: tls-verification
    return ctx


async def fetch(url):
    async with aiohttp.ClientSession() as client:
        async with client.get(url, ssl=False) as resp:  # expect: tls-verification
            return await resp.text()
