import csv
import logging

log = logging.getLogger(__name__)


def import_contacts(path, repository):
    imported = 0
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            email = row["email"].strip().lower()
            phone = row.get("phone", "").strip()  # expect: unused-variable
            try:
                repository.add(email=email, name=row["name"])
                imported += 1
            except ValueError as exc:  # expect: unused-variable
                log.warning("skipping row for %s", email)
    return imported
