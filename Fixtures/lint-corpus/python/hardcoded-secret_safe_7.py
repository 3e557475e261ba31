import ftplib
import os

import requests


def upload_report(path):
    with ftplib.FTP("ftp.partner.example") as ftp:
        ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)


def anonymous_listing():
    with ftplib.FTP("ftp.mirror.example") as ftp:
        ftp.login("anonymous", "")
        return ftp.nlst()


def fetch_status(token):
    return requests.get("https://status.partner.example/api", auth=("monitor", token), timeout=5)
