"""Search helpers of a Flask dashboard that paste request data into SQL through helpers."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def like_clause(column, text):
    pattern = "%" + text + "%"
    return f"{column} LIKE '{pattern}'"


@app.get("/customers")
def customers():
    where = like_clause("name", request.args.get("q", ""))
    with sqlite3.connect("reports.db") as db:
        return jsonify(db.execute("SELECT id, name FROM customers WHERE " + where).fetchall())  # expect: sql-injection


@app.get("/invoices")
def invoices():
    filters = {"status": "open", "owner": request.args["owner"]}
    sql = "SELECT * FROM invoices WHERE status = '%s' AND owner = '%s'" % (filters["status"], filters["owner"])
    with sqlite3.connect("reports.db") as db:
        return jsonify(db.execute(sql).fetchall())  # expect: sql-injection
