"""Flask search over MongoDB: the filter's fields are picked from the parsed JSON and kept as strings."""
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
    wanted = parse_filter(request.args.get("filter", "{}"))
    query = {"status": str(wanted.get("status", "open")), "ref": str(wanted.get("ref", ""))}
    return jsonify([o["ref"] for o in orders.find(query)])
