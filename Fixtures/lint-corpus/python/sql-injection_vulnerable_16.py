"""Report queries for a plugin host: the host calls `handle(payload, conn)` for every message."""


def monthly_totals(conn, payload):
    region = payload["region"]
    month = payload.get("month", "01")
    sql = "SELECT sku, SUM(qty) FROM sales WHERE region = '" + region + "'"
    sql += f" AND strftime('%m', sold_at) = '{month}' GROUP BY sku"
    return conn.execute(sql).fetchall()  # expect: sql-injection


def customer_orders(conn, customer):
    cur = conn.cursor()
    cur.execute("SELECT id, total FROM orders WHERE customer = '%s' ORDER BY id" % customer)  # expect: sql-injection
    return cur.fetchall()


HANDLERS = {"totals": monthly_totals, "orders": customer_orders}


def handle(payload, conn):
    return HANDLERS[payload["kind"]](conn, payload)
