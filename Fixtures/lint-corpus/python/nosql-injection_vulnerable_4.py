"""Order search for the support desk (Flask + PyMongo)."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


@app.get("/support/orders")
def find_orders():
    minimum = request.args.get("min_total", "0")
    clause = {"$where": "this.total >= " + minimum}
    found = orders.find(clause).limit(50)  # expect: nosql-injection
    return jsonify([o["_id"] for o in found])
