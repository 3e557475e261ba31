"""Nightly overdue-loan report for the school library (psycopg 3)."""
import sys

import psycopg

OVERDUE = """
SELECT p.name, b.title
FROM loans l
JOIN books b ON b.id = l.book_id
JOIN pupils p ON p.id = l.borrower_id
WHERE l.due_on < now() AND l.returned_on IS NULL
ORDER BY p.name
"""


def overdue_report(dsn: str) -> list[str]:
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(OVERDUE)
        return [f"{name}: {title}" for name, title in cur.fetchall()]


if __name__ == "__main__":
    print("\n".join(overdue_report(sys.argv[1])))
