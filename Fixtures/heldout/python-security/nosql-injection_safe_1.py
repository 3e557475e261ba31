import os

from bson import ObjectId
from bson.errors import InvalidId
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))["library"]
SEARCH_FIELDS = {"author", "genre", "language"}


@app.post("/api/login")
def login():
    body = request.get_json()
    username, password_hash = body.get("username"), body.get("password_hash")
    if not isinstance(username, str) or not isinstance(password_hash, str):
        abort(400)
    user = db.users.find_one({"username": username, "password_hash": password_hash})
    if user is None:
        abort(401)
    return jsonify(id=str(user["_id"]))


@app.get("/api/books")
def books():
    author = request.args.get("author", "")
    cursor = db.books.find({"author": str(author), "copies": {"$gt": 0}})
    return jsonify([b["title"] for b in cursor])


@app.post("/api/books/search")
def search_books():
    raw = request.get_json().get("filter", {})
    criteria = {k: str(v) for k, v in raw.items() if k in SEARCH_FIELDS}
    return jsonify([b["title"] for b in db.books.find(criteria).limit(50)])


@app.get("/api/books/<book_id>")
def book(book_id):
    try:
        oid = ObjectId(book_id)
    except InvalidId:
        abort(404)
    return jsonify(db.books.find_one({"_id": oid}, {"_id": 0}))
