import sqlite3


def export_orders(db_path):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    orders = conn.execute("SELECT id, customer, placed_at FROM orders WHERE status = 'paid'").fetchall()
    lines = []
    for order in orders:
        items = conn.execute(  # expect: n-plus-one-query
            "SELECT sku, qty, price FROM order_items WHERE order_id = ?", (order["id"],)
        ).fetchall()
        total = sum(item["qty"] * item["price"] for item in items)
        lines.append(f"{order['id']};{order['customer']};{order['placed_at']};{total:.2f}")
    conn.close()
    return "\n".join(lines)
