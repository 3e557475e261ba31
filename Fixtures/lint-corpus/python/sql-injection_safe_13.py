import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
db = sqlite3.connect("shop.db", check_same_thread=False)


def order_filter(args):
    clauses = ["archived = 0"]
    values = []
    if args.get("status"):
        clauses.append("status = ?")
        values.append(args["status"])
    return {"where": " AND ".join(clauses), "values": values}


@app.get("/orders")
def orders():
    spec = order_filter(request.args)
    rows = db.execute("SELECT id, total FROM orders WHERE " + spec["where"], spec["values"]).fetchall()
    return jsonify(rows)
