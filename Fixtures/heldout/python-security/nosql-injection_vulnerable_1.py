import os

from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))["library"]


@app.post("/api/login")
def login():
    body = request.get_json()
    user = db.users.find_one({"username": body["username"], "password_hash": body["password_hash"]})  # expect: nosql-injection
    if user is None:
        abort(401)
    return jsonify(id=str(user["_id"]))


@app.get("/api/books")
def books():
    author = request.args.get("author", "")
    js = "this.author == '" + author + "' && this.copies > 0"
    cursor = db.books.find({"$where": js})  # expect: nosql-injection
    return jsonify([b["title"] for b in cursor])


@app.post("/api/books/search")
def search_books():
    criteria = request.get_json().get("filter", {})
    results = db.books.find(criteria).limit(50)  # expect: nosql-injection
    return jsonify([b["title"] for b in results])
