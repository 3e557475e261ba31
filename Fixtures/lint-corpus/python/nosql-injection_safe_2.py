from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
members = MongoClient().club.members


@app.post("/api/members/lookup")
def lookup():
    payload = request.get_json()
    email = payload.get("email")
    if not isinstance(email, str):
        abort(400)
    member = members.find_one({"email": email}, {"_id": 0, "name": 1})
    return jsonify(member or {})
