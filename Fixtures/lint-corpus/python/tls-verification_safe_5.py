import smtplib
import ssl

import certifi
import requests
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def fetch(url):
    return requests.request("GET", url, verify=certifi.where(), timeout=10)


def send_mail(host, msg):
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.send_message(msg)
