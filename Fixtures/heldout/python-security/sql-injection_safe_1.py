"""Product search endpoint for the shop back office (Flask + sqlite3)."""
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
DB_PATH = "shop.db"
SORT_COLUMNS = {"name": "name", "price": "price", "newest": "created_at DESC"}


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/api/products")
def search_products():
    term = request.args.get("q", "")
    category = request.args.get("category")
    sort_key = request.args.get("sort", "name")
    if sort_key not in SORT_COLUMNS:
        abort(400)

    sql = "SELECT id, name, price FROM products WHERE 1=1"
    params = []
    if term:
        sql += " AND name LIKE ?"
        params.append(f"%{term}%")
    if category:
        sql += " AND category = ?"
        params.append(category)
    sql += " ORDER BY " + SORT_COLUMNS[sort_key]

    conn = get_db()
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])


@app.route("/api/products/<int:product_id>/stock", methods=["POST"])
def set_stock(product_id):
    payload = request.get_json(force=True)
    stock = int(payload["stock"])
    conn = get_db()
    with conn:
        conn.execute("UPDATE products SET stock = ? WHERE id = ?", (stock, product_id))
    return jsonify({"ok": True})
