import sqlite3
from collections import defaultdict


def export_orders(db_path):
    conn = sqlite3.connect(db_path)
    try:
        orders = conn.execute("SELECT id, customer, placed_at FROM orders WHERE status = 'paid'").fetchall()
        totals = defaultdict(float)
        for order_id, qty, price in conn.execute(
            "SELECT i.order_id, i.qty, i.price FROM order_items i "
            "JOIN orders o ON o.id = i.order_id WHERE o.status = 'paid'"
        ):
            totals[order_id] += qty * price
    finally:
        conn.close()
    return "\n".join(f"{oid};{customer};{placed};{totals[oid]:.2f}" for oid, customer, placed in orders)
