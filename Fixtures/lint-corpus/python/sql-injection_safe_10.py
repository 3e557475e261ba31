"""Report queries of a Flask dashboard: request data only chooses among fixed SQL pieces."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
SORTABLE = ("created", "total", "customer")


def order_column(requested):
    if requested == "total":
        return "total_cents"
    if requested == "customer":
        return "customer_name"
    return "created_at"


def connect():
    return sqlite3.connect("reports.db")


@app.get("/orders")
def orders():
    column = order_column(request.args.get("sort", "created"))
    direction = {"asc": "ASC", "desc": "DESC"}.get(request.args.get("dir"), "DESC")
    query = f"SELECT id, total_cents FROM orders ORDER BY {column} {direction}"
    with connect() as db:
        return jsonify(db.execute(query).fetchall())


@app.get("/summary")
def summary():
    parts = {"table": "orders", "status": request.args.get("status", "paid")}
    sql = "SELECT COUNT(*) FROM " + parts["table"] + " WHERE status = ?"
    with connect() as db:
        return jsonify(db.execute(sql, (parts["status"],)).fetchone())
