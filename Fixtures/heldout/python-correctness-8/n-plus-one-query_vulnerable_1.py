"""Nightly overdue-loan report for the school library (psycopg 3)."""
import sys

import psycopg


def overdue_report(dsn: str) -> list[str]:
    lines = []
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, book_id, borrower_id FROM loans WHERE due_on < now() AND returned_on IS NULL")
        loans = cur.fetchall()
        for _loan_id, book_id, borrower_id in loans:
            cur.execute(  # expect: n-plus-one-query
                "SELECT b.title, p.name FROM books b, pupils p WHERE b.id = %s AND p.id = %s",
                (book_id, borrower_id),
            )
            title, name = cur.fetchone()
            lines.append(f"{name}: {title}")
    return lines


if __name__ == "__main__":
    print("\n".join(overdue_report(sys.argv[1])))
