"""Plain sys.argv CLI exporting member rows from MySQL."""
import csv
import os
import sys

import MySQLdb


def connect():
    return MySQLdb.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        user=os.environ["DB_USER"],
        passwd=os.environ["DB_PASSWORD"],
        db="club",
    )


def export(club, since, order):
    sql = "SELECT id, name, email, joined FROM members WHERE club = '%s'" % club
    if since:
        sql += " AND joined >= '" + since + "'"
    sql += " ORDER BY {}".format(order)
    db = connect()
    cursor = db.cursor()
    cursor.execute(sql)  # expect: sql-injection
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "name", "email", "joined"])
    writer.writerows(cursor.fetchall())


if __name__ == "__main__":
    club = sys.argv[1]
    since = sys.argv[2] if len(sys.argv) > 2 else ""
    order = os.environ.get("EXPORT_ORDER", "name")
    export(club, since, order)
