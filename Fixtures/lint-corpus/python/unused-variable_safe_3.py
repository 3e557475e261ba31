import csv
import logging

log = logging.getLogger(__name__)


def import_contacts(path, repository):
    imported = 0
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            email = row["email"].strip().lower()
            _phone = row.get("phone", "").strip()
            try:
                repository.add(email=email, name=row["name"])
                imported += 1
            except ValueError as exc:
                log.warning("skipping row for %s: %s", email, exc)
    return imported


def split_name(full_name):
    first, _, last = full_name.partition(" ")
    return first, last
