import os

import psycopg2

EMPTY_FILE_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
SECRET_NAME = "prod/billing/db-password"


def connect_db(password=""):
    return psycopg2.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        user="app",
        password=password or os.environ["DB_PASSWORD"],
    )


def verify_download(data, expected=EMPTY_FILE_SHA256):
    import hashlib

    return hashlib.sha256(data).hexdigest() == expected
