"""Nightly export: dump the table to a scratch file, then gzip it."""
import csv
import gzip
import shutil
import sqlite3


def export(db_path):
    scratch = open("/tmp/export.csv", "w", newline="")  # expect: insecure-temp-file
    writer = csv.writer(scratch)
    for row in sqlite3.connect(db_path).execute("SELECT * FROM sales"):
        writer.writerow(row)
    scratch.close()
    with open("/tmp/export.csv", "rb") as src, gzip.open("export.csv.gz", "wb") as dst:  # expect: insecure-temp-file
        shutil.copyfileobj(src, dst)


if __name__ == "__main__":
    export("sales.db")
