from flask import Flask, jsonify, request
from flask_pymongo import PyMongo

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")
mongo = PyMongo(app)


@app.post("/api/keys/check")
def check_key():
    body = request.get_json(force=True)
    lookup = {"client_id": body.get("client_id"), "api_key": body.get("api_key"), "revoked": False}
    client = mongo.db.clients.find_one(lookup)  # expect: nosql-injection
    return jsonify({"valid": client is not None})


@app.get("/api/notes")
def notes_for_owner():
    owner = request.args.get("owner", "")
    clause = "this.owner == '" + owner + "' && !this.archived"
    cursor = mongo.db.notes.find({"$where": clause}).limit(50)  # expect: nosql-injection
    return jsonify([{"id": str(n["_id"]), "title": n.get("title")} for n in cursor])
