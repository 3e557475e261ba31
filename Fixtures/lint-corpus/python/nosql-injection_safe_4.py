"""Order search for the support desk, with ordinary operators."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


@app.get("/support/orders")
def find_orders():
    minimum = float(request.args.get("min_total", "0"))
    clause = {"total": {"$gte": minimum}, "$comment": "support desk"}
    found = orders.find(clause).limit(50)
    return jsonify([o["_id"] for o in found])
