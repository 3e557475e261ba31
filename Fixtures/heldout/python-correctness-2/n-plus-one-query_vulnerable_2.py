from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Invoice, Customer


def overdue_report(session: Session):
    report = []
    customers = session.scalars(select(Customer).where(Customer.active.is_(True))).all()
    for customer in customers:
        invoices = session.scalars(  # expect: n-plus-one-query
            select(Invoice).where(Invoice.customer_id == customer.id, Invoice.paid.is_(False))
        ).all()
        if invoices:
            report.append((customer.name, sum(i.amount for i in invoices)))
    return report


def export_rows(conn):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM teams")
    out = []
    for team_id, name in cur.fetchall():
        cur.execute("SELECT COUNT(*) FROM players WHERE team_id = %s", (team_id,))  # expect: n-plus-one-query
        out.append((name, cur.fetchone()[0]))
    return out
