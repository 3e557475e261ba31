"""Chalice API over DocumentDB (pymongo) for parcel tracking."""
import datetime
import os

from chalice import BadRequestError, Chalice
from pymongo import MongoClient

app = Chalice(app_name="parcels")
parcels = MongoClient(os.environ["DOCDB_URI"])["logistics"]["parcels"]


@app.route("/parcels/late/{depot}")
def late(depot):
    now = datetime.datetime.now(datetime.timezone.utc)
    return [p["ref"] for p in parcels.find({"depot": {"$eq": depot}, "eta": {"$lt": now}})]


@app.route("/parcels/claim", methods=["POST"])
def claim():
    body = app.current_request.json_body or {}
    ref, pin = body.get("ref"), body.get("pin")
    if not isinstance(ref, str) or not isinstance(pin, str):
        raise BadRequestError("ref and pin must be strings")
    result = parcels.update_one(
        {"ref": {"$eq": ref}, "recipient_pin": {"$eq": pin}},
        {"$set": {"claimed": True}},
    )
    return {"claimed": result.modified_count == 1}
