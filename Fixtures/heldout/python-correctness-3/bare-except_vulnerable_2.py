import csv
import sys

from app.models import Customer, db


def import_customers(path):
    created = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                db.session.add(Customer(email=row["email"].lower(), name=row["name"], credit=int(row["credit"])))
                db.session.commit()
                created += 1
            except:  # expect: bare-except
                db.session.rollback()
                continue
    return created


if __name__ == "__main__":
    print(import_customers(sys.argv[1]), "customers imported")
