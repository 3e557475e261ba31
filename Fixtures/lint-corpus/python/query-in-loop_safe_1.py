"""Supplier report that loads the orders of all suppliers in one query."""
from collections import Counter

from shop.models import Order, Supplier


def open_orders(session):
    suppliers = session.query(Supplier).all()
    ids = [supplier.id for supplier in suppliers]
    counts = Counter(
        order.supplier_id
        for order in session.query(Order).filter(Order.supplier_id.in_(ids) & (Order.status == "open"))
    )
    return [(supplier.name, counts[supplier.id]) for supplier in suppliers]


def weekly(conn, weeks):
    cur = conn.cursor()
    for week in weeks:
        week.label = week.label.strip()
    cur.execute("SELECT supplier_id, COUNT(*) FROM orders GROUP BY supplier_id")
    return dict(cur.fetchall())
