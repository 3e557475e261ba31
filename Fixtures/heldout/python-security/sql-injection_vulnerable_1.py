"""Product search endpoint for the shop back office (Flask + sqlite3)."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "shop.db"


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/api/products")
def search_products():
    term = request.args.get("q", "")
    category = request.args.get("category")
    sort = request.args.get("sort", "name")

    sql = "SELECT id, name, price FROM products WHERE 1=1"
    if term:
        sql += f" AND name LIKE '%{term}%'"
    if category:
        sql += " AND category = '%s'" % category
    sql += " ORDER BY " + sort

    conn = get_db()
    try:
        rows = conn.execute(sql).fetchall()  # expect: sql-injection
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])


@app.route("/api/products/<product_id>/stock", methods=["POST"])
def set_stock(product_id):
    payload = request.get_json(force=True)
    conn = get_db()
    with conn:
        conn.execute(  # expect: sql-injection
            "UPDATE products SET stock = {} WHERE id = {}".format(payload["stock"], product_id)
        )
    return jsonify({"ok": True})
