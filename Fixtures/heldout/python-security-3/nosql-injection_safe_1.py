import hmac

from flask import Flask, abort, jsonify, request
from flask_pymongo import PyMongo

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")
mongo = PyMongo(app)


def text_field(body, name):
    value = body.get(name)
    if not isinstance(value, str) or not value:
        abort(400, f"{name} must be a non-empty string")
    return value


@app.post("/api/keys/check")
def check_key():
    body = request.get_json(force=True)
    client_id = text_field(body, "client_id")
    api_key = text_field(body, "api_key")
    client = mongo.db.clients.find_one({"client_id": {"$eq": client_id}, "revoked": False})
    valid = client is not None and hmac.compare_digest(client["api_key"], api_key)
    return jsonify({"valid": valid})


@app.get("/api/notes")
def notes_for_owner():
    owner = str(request.args.get("owner", ""))
    cursor = mongo.db.notes.find({"owner": owner, "archived": False}).limit(50)
    return jsonify([{"id": str(n["_id"]), "title": n.get("title")} for n in cursor])
