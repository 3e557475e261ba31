"""Flask + pymongo admin API of a ticket tracker, allow-listed fields."""
from bson import ObjectId
from bson.errors import InvalidId
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
tickets = MongoClient()["tracker"]["tickets"]
SEARCHABLE = {"status", "priority", "assignee"}


@app.post("/api/tickets/search")
def search():
    args = request.get_json(force=True)
    flt = {"archived": False}
    for key in SEARCHABLE & args.keys():
        flt[key] = str(args[key])
    found = tickets.find(flt).limit(100)
    return jsonify([{"id": str(t["_id"]), "title": t["title"]} for t in found])


@app.delete("/api/tickets/<ticket_id>")
def purge(ticket_id):
    try:
        oid = ObjectId(ticket_id)
    except InvalidId:
        abort(404)
    result = tickets.delete_one({"_id": oid})
    return jsonify({"deleted": result.deleted_count})
