"""Flask + pymongo admin API of a ticket tracker."""
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient()["tracker"]["tickets"]


def build_filter(args: dict) -> dict:
    flt = {"archived": False}
    for key, value in args.items():
        flt[key] = value
    return flt


@app.post("/api/tickets/search")
def search():
    criteria = build_filter(request.get_json(force=True))
    found = tickets.find(criteria).limit(100)  # expect: nosql-injection
    return jsonify([{"id": str(t["_id"]), "title": t["title"]} for t in found])


@app.delete("/api/tickets")
def purge():
    payload = request.get_json()
    result = tickets.delete_many({"reporter": payload["reporter"]})  # expect: nosql-injection
    return jsonify({"deleted": result.deleted_count})
