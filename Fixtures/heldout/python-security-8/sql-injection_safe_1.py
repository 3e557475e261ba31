"""Plain sys.argv CLI exporting member rows from MySQL."""
import csv
import datetime as dt
import os
import sys

import MySQLdb

ORDERS = {"name": "name", "joined": "joined DESC", "id": "id"}


def connect():
    return MySQLdb.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        user=os.environ["DB_USER"],
        passwd=os.environ["DB_PASSWORD"],
        db="club",
    )


def export(club, since, order):
    sql = "SELECT id, name, email, joined FROM members WHERE club = %s"
    params = [club]
    if since:
        sql += " AND joined >= %s"
        params.append(dt.date.fromisoformat(since))
    sql += " ORDER BY {}".format(ORDERS.get(order, "name"))
    cursor = connect().cursor()
    cursor.execute(sql, params)
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "name", "email", "joined"])
    writer.writerows(cursor.fetchall())


if __name__ == "__main__":
    club = sys.argv[1]
    since = sys.argv[2] if len(sys.argv) > 2 else ""
    export(club, since, os.environ.get("EXPORT_ORDER", "name"))
