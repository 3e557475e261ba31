import json

from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017").shop


@app.route("/api/login", methods=["POST"])
def login():
    data = request.get_json()
    user = db.users.find_one({"email": data["email"], "password": data["password"]})  # expect: nosql-injection
    return jsonify(ok=user is not None)


@app.route("/api/orders/search", methods=["POST"])
def search_orders():
    criteria = json.loads(request.data)
    return jsonify(list(db.orders.find(criteria, {"_id": 0})))  # expect: nosql-injection


@app.route("/api/notes")
def notes():
    owner = request.args.get("owner", "")
    found = db.notes.find({"$where": "this.owner == '" + owner + "'"})  # expect: nosql-injection
    return jsonify([n["text"] for n in found])


@app.route("/api/products")
def products():
    term = request.args.get("q", "")
    return jsonify(list(db.products.find({"name": {"$regex": term}}, {"_id": 0})))  # expect: nosql-injection
