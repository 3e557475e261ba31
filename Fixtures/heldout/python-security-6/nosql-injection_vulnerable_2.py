"""Chalice API over DocumentDB (pymongo) for parcel tracking."""
import os

from chalice import Chalice
from pymongo import MongoClient

app = Chalice(app_name="parcels")
parcels = MongoClient(os.environ["DOCDB_URI"])["logistics"]["parcels"]


def _late_filter(depot):
    return {"$where": "this.depot == '" + depot + "' && this.eta < Date.now()"}


@app.route("/parcels/late/{depot}")
def late(depot):
    return [p["ref"] for p in parcels.find(_late_filter(depot))]  # expect: nosql-injection


@app.route("/parcels/claim", methods=["POST"])
def claim():
    body = app.current_request.json_body
    result = parcels.update_one(  # expect: nosql-injection
        {"ref": body["ref"], "recipient_pin": body["pin"]},
        {"$set": {"claimed": True}},
    )
    return {"claimed": result.modified_count == 1}
