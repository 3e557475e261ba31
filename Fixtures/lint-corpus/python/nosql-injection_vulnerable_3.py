from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
recipes = MongoClient().kitchen.recipes


@app.post("/api/recipes/search")
def search():
    wanted = request.get_json().get("where", {})
    query = {field: str(value) for field, value in wanted.items() if not field.startswith("_")}
    return jsonify([r["name"] for r in recipes.find(query, {"_id": 0, "name": 1}).limit(20)])  # expect: nosql-injection
