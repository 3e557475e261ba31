"""The same plugin host's queries, with values bound and names picked from fixed sets."""

SORTABLE = {"id", "total", "created"}
PERIODS = {"day": "%Y-%m-%d", "month": "%Y-%m"}


def monthly_totals(conn, payload):
    fmt = PERIODS.get(payload.get("period"), "%Y-%m")
    sql = f"SELECT sku, SUM(qty) FROM sales WHERE region = ? AND strftime('{fmt}', sold_at) = ? GROUP BY sku"
    return conn.execute(sql, (payload["region"], payload["when"])).fetchall()


def customer_orders(conn, customer, sort="id", limit=50):
    if sort not in SORTABLE:
        sort = "id"
    cur = conn.cursor()
    cur.execute(f"SELECT id, total FROM orders WHERE customer = ? ORDER BY {sort} LIMIT {int(limit)}", (customer,))
    return cur.fetchall()


def by_ids(conn, ids):
    marks = ",".join("?" * len(ids))
    return conn.execute(f"SELECT id, total FROM orders WHERE id IN ({marks})", list(ids)).fetchall()


def run(conn, statement, params=()):
    return conn.execute(statement, params)
