import ftplib

import requests


def upload_report(path):
    with ftplib.FTP("ftp.partner.example") as ftp:
        ftp.login("exports", "pT9#vLq2!mZx")  # expect: hardcoded-secret
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)


def fetch_status():
    return requests.get("https://status.partner.example/api", auth=("monitor", "Wd8$kR3n@Lp5"), timeout=5)  # expect: hardcoded-secret
