"""Nightly export: dump the table to a scratch file, then gzip it."""
import csv
import gzip
import os
import shutil
import sqlite3
import tempfile


def export(db_path):
    with tempfile.TemporaryDirectory(prefix="export-") as workdir:
        scratch_path = os.path.join(workdir, "export.csv")
        with open(scratch_path, "w", newline="") as scratch:
            writer = csv.writer(scratch)
            for row in sqlite3.connect(db_path).execute("SELECT * FROM sales"):
                writer.writerow(row)
        with open(scratch_path, "rb") as src, gzip.open("export.csv.gz", "wb") as dst:
            shutil.copyfileobj(src, dst)


if __name__ == "__main__":
    export("sales.db")
