"""Nameko service: a shipped order's lines are archived when the event arrives."""
import sqlite3

from nameko.events import event_handler


@event_handler("orders", "shipped")
def archive_lines(payload):
    db = sqlite3.connect("/var/lib/orders.db")
    db.execute(  # expect: sql-injection
        "INSERT INTO archive SELECT * FROM lines WHERE order_ref = '%s'" % payload["order_ref"]
    )
    db.commit()
