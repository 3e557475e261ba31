from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .models import Customer, Invoice


def overdue_report(session: Session):
    customers = session.scalars(
        select(Customer).where(Customer.active.is_(True)).options(selectinload(Customer.invoices))
    ).all()
    return [
        (c.name, sum(i.amount for i in c.invoices if not i.paid))
        for c in customers
        if any(not i.paid for i in c.invoices)
    ]


def players_per_team(conn):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM teams")
    teams = cur.fetchall()
    cur.execute("SELECT team_id, COUNT(*) FROM players GROUP BY team_id")
    counts = defaultdict(int, cur.fetchall())
    return [(name, counts[team_id]) for team_id, name in teams]


def invoices_for(session: Session, customer_ids):
    return session.scalars(select(Invoice).where(Invoice.customer_id.in_(customer_ids))).all()
