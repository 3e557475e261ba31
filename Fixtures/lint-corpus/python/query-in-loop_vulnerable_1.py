"""Supplier report over an ORM: one query per supplier for its open orders."""
from shop.models import Order, Supplier


def open_orders(session):
    report = []
    suppliers = session.query(Supplier).all()
    for supplier in suppliers:
        orders = session.query(Order).filter((Order.supplier_id == supplier.id) & (Order.status == "open")).all()  # expect: query-in-loop
        report.append((supplier.name, len(orders)))
    return report


def lines(conn):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM suppliers")
    counts = {}
    for supplier_id, name in cur.fetchall():
        cur.execute("SELECT COUNT(*) FROM orders WHERE supplier_id = %s", (supplier_id,))  # expect: query-in-loop
        counts[name] = cur.fetchone()[0]
    return counts
