import re

from bson import ObjectId
from flask import Flask, request, jsonify, abort
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017").shop


@app.route("/api/login", methods=["POST"])
def login():
    data = request.get_json()
    email, password = data.get("email"), data.get("password")
    if not isinstance(email, str) or not isinstance(password, str):
        abort(400)
    user = db.users.find_one({"email": str(email), "password": str(password)})
    return jsonify(ok=user is not None)


@app.route("/api/orders/<order_id>")
def order(order_id):
    return jsonify(db.orders.find_one({"_id": ObjectId(order_id)}, {"_id": 0}))


@app.route("/api/notes")
def notes():
    owner = request.args.get("owner", "")
    return jsonify([n["text"] for n in db.notes.find({"owner": owner})])


@app.route("/api/products")
def products():
    term = re.escape(request.args.get("q", ""))
    return jsonify(list(db.products.find({"name": {"$regex": term}}, {"_id": 0})))
