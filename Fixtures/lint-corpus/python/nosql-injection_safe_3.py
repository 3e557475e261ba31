from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
recipes = MongoClient().kitchen.recipes
FILTERABLE = {"cuisine", "course", "difficulty"}


@app.post("/api/recipes/search")
def search():
    wanted = request.get_json().get("where", {})
    query = {field: str(value) for field, value in wanted.items() if field in FILTERABLE}
    return jsonify([r["name"] for r in recipes.find(query, {"_id": 0, "name": 1}).limit(20)])
