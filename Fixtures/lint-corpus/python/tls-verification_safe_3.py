import ssl

import httpx
import requests

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def fetch_status(url):
    return requests.get(url, verify=CA_BUNDLE, timeout=10).json()


def make_client():
    return httpx.Client(verify=True, timeout=10)


def server_context(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
