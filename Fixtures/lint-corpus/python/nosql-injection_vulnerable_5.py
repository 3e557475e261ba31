"""Flask search over MongoDB: the filter arrives as JSON text in the query string."""
import json

from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


def parse_filter(raw):
    try:
        return json.loads(raw)
    except ValueError:
        abort(400)


@app.get("/orders")
def search_orders():
    query = parse_filter(request.args.get("filter", "{}"))
    return jsonify([o["ref"] for o in orders.find(query)])  # expect: nosql-injection
