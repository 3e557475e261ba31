import smtplib
import ssl

import httpx
import requests
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect: tls-verification


def fetch(url):
    return requests.request("GET", url, verify=False, timeout=10)  # expect: tls-verification


async def fetch_async(url):
    async with httpx.AsyncClient(verify=False) as client:  # expect: tls-verification
        return (await client.get(url)).text


def send_mail(host, msg):
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls(context=ssl._create_unverified_context())  # expect: tls-verification
        smtp.send_message(msg)
