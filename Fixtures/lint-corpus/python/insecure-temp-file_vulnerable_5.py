import os
import sqlite3
import tempfile


def cache_connection():
    return sqlite3.connect(os.path.join("/tmp", "app-cache.db"))  # expect: insecure-temp-file


def export_pdf(data: bytes) -> str:
    path = f"{tempfile.gettempdir()}/export.pdf"  # expect: insecure-temp-file
    with open(path, "wb") as fh:
        fh.write(data)
    return path
